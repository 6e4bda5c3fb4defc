import * as z from 'zod'
import { once } from '../once'
import { META_FIELDS } from './article'

/**
 * What import did to a draft, kept with the document (`ArticleBundle.review`, review.json in the .banxin) so it
 * stays reviewable after save, reopen and crash recovery: the lines it left out, the decisions it was unsure
 * of, and the punctuation and spacing it normalised. Addresses refer to the article as imported.
 */

export type MetaTextField = 'kicker' | 'title' | 'subtitle' | 'summary'

/** A piece of article text: a block's line (a two-line section heading has lines 0 and 1; an image's caption is line 0) or a meta field. */
export type TextAt = { block: number; line: number } | { field: MetaTextField }

/**
 * punct-width: ASCII , : ; ? ! beside Han → full width · brackets: ( ) around Han → （ ） ·
 * quotes: straight quotes around Han → “ ” ‘ ’ · space-percent: 100 % → 100% ·
 * space-cjk: spaces between Han and CJK punctuation · indent: leading indentation ·
 * trailing-space · headline-space: a space between headline parts → U+3000.
 */
export type NormalizeRule =
  | 'punct-width'
  | 'brackets'
  | 'quotes'
  | 'space-percent'
  | 'space-cjk'
  | 'indent'
  | 'trailing-space'
  | 'headline-space'

export const NORMALIZE_RULES: readonly NormalizeRule[] = [
  'punct-width',
  'brackets',
  'quotes',
  'space-percent',
  'space-cjk',
  'indent',
  'trailing-space',
  'headline-space',
]

/** One normalisation: where, the offset in that text before the change, what it was and what it became. */
export interface Change {
  at: TextAt
  offset: number
  before: string
  after: string
  rule: NormalizeRule
}

/** The meta fields import fills, by the name the model gives them: all but 栏目, which no page states. */
export type MetaFieldName = Exclude<(typeof META_FIELDS)[number], 'column'>
const IMPORTED_FIELDS = META_FIELDS.filter((f): f is MetaFieldName => f !== 'column')

/** Where a line went: a block of the article as imported, or a meta field. */
export type LineTarget = { block: number } | { field: MetaFieldName }

/**
 * What kind of line was left out. The 导入检查 panel lists them under these names, and `banxin import` and a
 * paste's notice count them by the same names, so a repeated byline is never called page chrome.
 */
export const DROPPED_KINDS = ['chrome', 'repeated', 'field', 'caption', 'replaced', 'other'] as const
export type DroppedKind = (typeof DROPPED_KINDS)[number]

export const DROPPED_KIND_NAMES: Record<DroppedKind, string> = {
  chrome: '页面杂项',
  repeated: '重复的信息',
  field: '文章信息中没有的栏目',
  caption: '无图的图片说明',
  replaced: '被替换的原内容',
  // Files saved before lines carried their kind.
  other: '其他略去的行',
}

/** 「页面杂项 3 行、重复的信息 1 行」: the lines left out, counted kind by kind in the panel's order. */
export function droppedCounts(dropped: readonly { kind: DroppedKind }[]): string {
  return DROPPED_KINDS.flatMap((kind) => {
    const n = dropped.filter((d) => d.kind === kind).length
    return n ? [`${DROPPED_KIND_NAMES[kind]} ${n} 行`] : []
  }).join('、')
}

/** A line import left out of the article. */
export interface DroppedLine {
  text: string
  kind: DroppedKind
  reason: string
  /** The block it stood before in the article as imported (the block count: after the last one). */
  before: number
}

/** A decision about a line that a person should check: what it became, why, and how sure import was (0–1). */
export interface Guess {
  text: string
  at: LineTarget
  as: string
  reason: string
  confidence: number
}

/**
 * Guesses below this confidence are the ones a person should look at: the review panel and
 * `banxin import --report` list them; the others are shown only on request.
 */
export const LOW_CONFIDENCE = 0.8

export interface ImportReview {
  /** The draft: its name and what it was read as (txt, docx, html, md; utf-8, gb18030 …). */
  source: { name: string; format: string; encoding?: string }
  dropped: DroppedLine[]
  guesses: Guess[]
  changes: Change[]
}

const META_TEXT_FIELDS = ['kicker', 'title', 'subtitle', 'summary'] as const

/** Validation for review.json, like the article: a file is untrusted input. Built when first used. */
export const reviewSchema = once(() => {
  const index = z.number().int().min(0)

  const textAt = z.union([
    z.object({ block: index, line: index }).strict(),
    z.object({ field: z.enum(META_TEXT_FIELDS) }).strict(),
  ])

  const change = z
    .object({
      at: textAt,
      offset: index,
      before: z.string(),
      after: z.string(),
      rule: z.enum(NORMALIZE_RULES as [NormalizeRule, ...NormalizeRule[]]),
    })
    .strict()

  const lineTarget = z.union([z.object({ block: index }).strict(), z.object({ field: z.enum(IMPORTED_FIELDS) }).strict()])

  return z
    .object({
      source: z.object({ name: z.string(), format: z.string(), encoding: z.string().optional() }).strict(),
      dropped: z.array(
        z
          .object({ text: z.string(), kind: z.enum(DROPPED_KINDS).default('other'), reason: z.string(), before: index })
          .strict(),
      ),
      guesses: z.array(
        z
          .object({
            text: z.string(),
            at: lineTarget,
            as: z.string(),
            reason: z.string(),
            confidence: z.number().min(0).max(1),
          })
          .strict(),
      ),
      changes: z.array(change),
    })
    .strict()
})
