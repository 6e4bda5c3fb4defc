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
 * lead = 导语; note = 编者按; addressee = 主送机关 (flush left, GB/T 9704 §7.3.2); signoff = 落款 or
 * 成文日期 (right-aligned); attachment = 附件 line.
 */
export type ParagraphRole = 'body' | 'lead' | 'note' | 'addressee' | 'signoff' | 'attachment'
export const PARAGRAPH_ROLES: readonly ParagraphRole[] = ['body', 'lead', 'note', 'addressee', 'signoff', 'attachment']

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
 * 公文 heading 一、/（一）/1./（1）. The number is not part of the text: renderers derive it from the
 * level and position, so moving a heading renumbers it. `runIn` marks a heading that opens the
 * following paragraph on the same line (「（一）总体要求。坚持…」).
 */
export interface HeadingBlock {
  type: 'heading'
  level: HeadingLevel
  runIn?: true
  children: Inline[]
}

export interface QuoteBlock {
  type: 'quote'
  children: Inline[]
}

export interface ImageBlock {
  type: 'image'
  asset: string
  alt: string
  caption?: string
  credit?: string
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
  /** ISO 8601 with offset, e.g. 2020-08-03T16:26:27+08:00. */
  publishedAt?: string
  /** 责任编辑. */
  editor?: string
  /** 校对. */
  proofreader?: string
  column?: string
  keywords?: string[]
  summary?: string
}

export interface AssetInfo {
  mime: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp'
  /** The original file name, for people; never used as a path. */
  name: string
  width?: number
  height?: number
}

export const ARTICLE_VERSION = 1

export interface Article {
  version: typeof ARTICLE_VERSION
  meta: ArticleMeta
  blocks: Block[]
  assets: Record<string, AssetInfo>
}

/** Asset bytes by id. Kept beside the Article so the model stays plain JSON. */
export type AssetData = Record<string, Uint8Array>

/** An Article together with the bytes of its images: what a .banxin file holds. */
export interface ArticleBundle {
  article: Article
  assetData: AssetData
}
