import type { ImportReview } from './review'

/**
 * The single document model. The Slate editor's value is `Article.blocks`, the .banxin file stores the
 * Article as JSON, and every renderer (portal HTML, typesetter, plain text) reads it directly.
 */

export interface Inline {
  text: string
  bold?: true
  italic?: true
  underline?: true
  /** 着重号: dots under each character (GB/T 15834 §4.15). */
  emphasis?: true
}

export type Mark = 'bold' | 'italic' | 'underline' | 'emphasis'
export const MARKS: readonly Mark[] = ['bold', 'italic', 'underline', 'emphasis']

/**
 * lead = 导语; note = 编者按. The rest are the parts of a 公文 (GB/T 9704-2012) after its title, content like
 * the body: addressee = 主送机关 (§7.3.2, flush left); attachment = 附件说明 (§7.3.4); signoff = 发文机关署名 or
 * the signer (§7.3.5); signed-date = 成文日期 (§7.3.5, 右空四字, with the 署名 centred over it); annotation = 附注
 * such as （此件公开发布） (§7.3.6); cc = 抄送机关 (§8.1); imprint = 印发机关和印发日期 (§8.2, the issuer on the
 * left, the date on the right of one line).
 */
export type ParagraphRole =
  | 'body'
  | 'lead'
  | 'note'
  | 'addressee'
  | 'attachment'
  | 'signoff'
  | 'signed-date'
  | 'annotation'
  | 'cc'
  | 'imprint'
export const PARAGRAPH_ROLES: readonly ParagraphRole[] = [
  'body',
  'lead',
  'note',
  'addressee',
  'attachment',
  'signoff',
  'signed-date',
  'annotation',
  'cc',
  'imprint',
]

/** What each role is called in the UI, reports and the CLI; `short` fits the editor's margin tag. */
export const PARAGRAPH_ROLE_NAMES: Record<ParagraphRole, { name: string; short: string }> = {
  body: { name: '正文', short: '' },
  lead: { name: '导语', short: '导语' },
  note: { name: '编者按', short: '编者按' },
  addressee: { name: '主送机关', short: '主送' },
  attachment: { name: '附件说明', short: '附件' },
  signoff: { name: '落款', short: '落款' },
  'signed-date': { name: '成文日期', short: '日期' },
  annotation: { name: '附注', short: '附注' },
  cc: { name: '抄送', short: '抄送' },
  imprint: { name: '印发机关和日期', short: '印发' },
}

export interface ParagraphBlock {
  type: 'paragraph'
  role?: ParagraphRole
  children: Inline[]
}

export interface HeadingLine {
  type: 'heading-line'
  children: Inline[]
}

/** 插题/分题: a main line and an optional sub line, drawn by a section-heading template. */
export interface SectionHeadingBlock {
  type: 'section-heading'
  template: string
  children: [HeadingLine] | [HeadingLine, HeadingLine]
}

export type HeadingLevel = 1 | 2 | 3 | 4

/**
 * 公文 heading 一、/（一）/1./（1） (GB/T 9704 §7.3.3). `number` is the author's own number as written
 * (「二、」, 「（三）」, 「1.1 」), printed as it is: numbers are content. A heading without one is numbered by
 * the renderers from its level and position (`headingLabels`), and 重新编号 removes the authors' numbers.
 * `runIn` marks a heading that opens the following paragraph on the same line (「（一）总体要求。坚持…」).
 */
export interface HeadingBlock {
  type: 'heading'
  level: HeadingLevel
  number?: string
  runIn?: true
  children: Inline[]
}

export interface QuoteBlock {
  type: 'quote'
  children: Inline[]
}

/** How wide an image is set: a fraction of the column (通栏 is 1) or millimetres, never wider than the column. */
export type ImageWidth = { fraction: number } | { mm: number }

export type ImageAlign = 'left' | 'center' | 'right'

/** What is cut off each edge, as fractions of the original's width and height; the file itself stays whole. */
export interface ImageCrop {
  left: number
  top: number
  right: number
  bottom: number
}

export interface ImageBlock {
  type: 'image'
  asset: string
  alt: string
  caption?: string
  credit?: string
  /** Absent: the image's own size decides, up to the column. */
  width?: ImageWidth
  /** Absent: centred. */
  align?: ImageAlign
  crop?: ImageCrop
  children: [{ text: '' }]
}

export type Block = ParagraphBlock | SectionHeadingBlock | HeadingBlock | QuoteBlock | ImageBlock

export interface ArticleMeta {
  /** 引题 (肩题/眉题), above the title. */
  kicker?: string
  /** 主题. */
  title: string
  /** 副题; a feature's 副题 starts with ——. */
  subtitle?: string
  /** 电头 such as 本报讯（记者 ×××） or 新华社北京5月1日电. */
  byline?: string
  author?: string
  source?: string
  /**
   * ISO 8601 at the precision given: a date (2020-08-03), or a date and time with offset
   * (2020-08-03T16:26+08:00, 2020-08-03T16:26:27+08:00). See `model/dates.ts`.
   */
  publishedAt?: string
  /** 发文字号 of a 公文 (GB/T 9704 §7.2.4), e.g. 宁政办发〔2017〕8号. */
  docNumber?: string
  /** 责任编辑. */
  editor?: string
  /** 校对. */
  proofreader?: string
  column?: string
  keywords?: string[]
  summary?: string
}

/** The meta fields in the order the schema (`model/schema.ts`) declares them, which is the order files write them in. */
export const META_FIELDS = [
  'kicker',
  'title',
  'subtitle',
  'byline',
  'author',
  'source',
  'publishedAt',
  'docNumber',
  'editor',
  'proofreader',
  'column',
  'keywords',
  'summary',
] as const satisfies readonly (keyof ArticleMeta)[]

export interface AssetInfo {
  mime: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp'
  /** The original file name, for people; never used as a path. */
  name: string
  width?: number
  height?: number
}

/**
 * 2: date-only 发布时间, authors' heading numbers, 发文字号 and the 公文 closing roles (成文日期 apart from the
 * 署名, 附注, 抄送, 印发); `core/file` reads version 1 files and brings them up to date.
 */
export const ARTICLE_VERSION = 2

export interface Article {
  version: typeof ARTICLE_VERSION
  meta: ArticleMeta
  blocks: Block[]
  assets: Record<string, AssetInfo>
}

/** Asset bytes by id. Kept beside the Article so the model stays plain JSON. */
export type AssetData = Record<string, Uint8Array>

/**
 * An Article together with the bytes of its images, and for an imported draft what import did to it: what a
 * .banxin file holds.
 */
export interface ArticleBundle {
  article: Article
  assetData: AssetData
  review?: ImportReview
}
