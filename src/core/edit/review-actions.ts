import type { Article, ArticleMeta, Block, Inline, ParagraphRole } from '../model/article'
import { PARAGRAPH_ROLE_NAMES, PARAGRAPH_ROLES } from '../model/article'
import { paragraph, sectionHeading, text } from '../model/build'
import { formatPublishedAt, parsePublishedAt } from '../model/dates'
import type { Change, DroppedLine, ImportReview, LineTarget, MetaFieldName, MetaTextField, TextAt } from '../model/review'
import { inlineText } from '../model/text'
import { applyChanges, revertEdits } from '../normalize'
import { formatKeywords, parseKeywords } from './keywords'
import { shiftReview, type ReviewShift } from './review-shift'

/**
 * What the 导入检查 panel does to a document: restore a line import left out, give a line another role, accept
 * a guess, undo normalisation changes. Each action is computed here as plain edits plus the review that follows
 * them, so the editor replays the edits as one undo step and the review stays true to the document.
 */

/** The meta fields a line can become (keywords and the summary are not one line of a draft). */
export type FieldRole = Exclude<MetaFieldName, 'keywords' | 'summary'>

/** A block a line can become: a paragraph of a role, or a one-line section heading (小标题). */
export type BlockRole = ParagraphRole | 'section-heading'

export type LineRole = FieldRole | BlockRole

/** The fields an action may set: every field import fills (a guess may be about the keywords or the summary). */
export type EditableField = MetaFieldName

const FIELD_NAMES: Record<FieldRole, string> = {
  title: '标题',
  kicker: '引题',
  subtitle: '副题',
  byline: '电头',
  author: '作者',
  source: '来源',
  publishedAt: '发布时间',
  editor: '责任编辑',
  proofreader: '校对',
  docNumber: '发文字号',
}

/** Every role, in the order the panel offers them: the headline, the body, the meta line, the 公文 parts. */
export const LINE_ROLES: readonly LineRole[] = [
  'title',
  'kicker',
  'subtitle',
  'body',
  'section-heading',
  'lead',
  'note',
  'author',
  'source',
  'publishedAt',
  'editor',
  'proofreader',
  'byline',
  'docNumber',
  ...PARAGRAPH_ROLES.filter((r) => !['body', 'lead', 'note'].includes(r)),
]

export function isFieldRole(role: LineRole): role is FieldRole {
  return role in FIELD_NAMES
}

export function lineRoleName(role: LineRole): string {
  if (isFieldRole(role)) return FIELD_NAMES[role]
  return role === 'section-heading' ? '小标题' : PARAGRAPH_ROLE_NAMES[role].name
}

/** One edit of the article; the editor applies a list of them in order as one undo step. */
export type ArticleEdit =
  | { kind: 'insert'; at: number; blocks: Block[] }
  | { kind: 'remove'; at: number }
  | { kind: 'field'; field: EditableField; value: string | undefined }
  /** Replaces `before` by `after` at `offset` in a block's line (see `editSteps` for a run of them). */
  | { kind: 'text'; change: Change }

export type ReviewStep =
  | { ok: true; edits: ArticleEdit[]; review: ImportReview; note?: string }
  | { ok: false; message: string }

const TEXT_FIELDS: readonly string[] = ['kicker', 'title', 'subtitle'] satisfies MetaTextField[]

/** A field's value as a line of text (a 发布时间 as people write it, keywords as typed). */
function fieldText(meta: ArticleMeta, field: EditableField): string {
  if (field === 'keywords') return formatKeywords(meta.keywords)
  const value = meta[field]
  return field === 'publishedAt' ? (formatPublishedAt(value) ?? value ?? '') : (value ?? '')
}

/** The value a field takes from a line, or why it cannot. */
function fieldValue(field: FieldRole, line: string): { value: string } | { message: string } {
  const trimmed = line.trim()
  if (field !== 'publishedAt') return { value: trimmed }
  const iso = parsePublishedAt(trimmed)
  return iso ? { value: iso } : { message: `「${trimmed}」不是日期，不能作为发布时间。请改用其他角色，或在发布时间栏里填写。` }
}

function blocksFor(role: BlockRole, lines: Inline[][]): Block[] {
  if (role === 'section-heading') {
    const [main, sub] = lines
    return [sub && lines.length === 2 ? sectionHeading(main!, sub) : sectionHeading(lines.flat())]
  }
  return lines.map((line) => paragraph(line, role))
}

/** A block's lines with their marks; an image has none a role could take. */
function blockInlines(block: Block): Inline[][] | undefined {
  if (block.type === 'image') return undefined
  if (block.type === 'section-heading') return block.children.map((l) => l.children)
  return [block.children]
}

/** The review after `edits`' block shifts, each in turn. */
function shifted(review: ImportReview, shifts: ReviewShift[]): ImportReview {
  return shifts.reduce(shiftReview, review)
}

function withoutGuessesAt(review: ImportReview, at: LineTarget): ImportReview {
  const same = (g: LineTarget) =>
    'field' in at ? 'field' in g && g.field === at.field : 'block' in g && g.block === at.block
  return { ...review, guesses: review.guesses.filter((g) => !same(g.at)) }
}

/** Changes listed for a meta field move with its text to another field, or to a block's first line. */
function moveFieldChanges(review: ImportReview, from: EditableField, to: { field: FieldRole } | { block: number }): ImportReview {
  const target =
    'block' in to ? { block: to.block, line: 0 } : TEXT_FIELDS.includes(to.field) ? { field: to.field as MetaTextField } : undefined
  const changes = review.changes.flatMap((c) =>
    'field' in c.at && c.at.field === from ? (target ? [{ ...c, at: target }] : []) : [c],
  )
  return { ...review, changes }
}

/**
 * A text as the draft wrote it, its listed normalisation changes undone: for a field they were not made for (a
 * headline's spaces turned into U+3000 do not belong in a 作者 field).
 */
function asWritten(article: Article, review: ImportReview, at: TextAt, text: string): string {
  const own = review.changes.filter((c) => ('field' in at ? 'field' in c.at && c.at.field === at.field : 'block' in c.at && c.at.block === at.block && c.at.line === at.line))
  if (!own.length) return text
  const { edits } = revertEdits(article, review.changes, own)
  return edits
    .sort((a, b) => b.offset - a.offset)
    .reduce((v, e) => v.slice(0, e.offset) + e.after + v.slice(e.offset + e.before.length), text)
}

/** Changes listed for two fields whose values traded places trade places too. */
function swapFieldChanges(review: ImportReview, a: EditableField, b: EditableField): ImportReview {
  const other = (f: string) => (f === a ? b : f === b ? a : f)
  const changes = review.changes.map((c) =>
    'field' in c.at && other(c.at.field) !== c.at.field ? { ...c, at: { field: other(c.at.field) as MetaTextField } } : c,
  )
  return { ...review, changes }
}

/**
 * A field's old value, replaced by a line given its role, is not lost: it is listed as a line left out, where
 * the new one came from, and can be restored from there.
 */
function keepReplaced(review: ImportReview, meta: ArticleMeta, field: FieldRole, before: number): ImportReview {
  const old = fieldText(meta, field).trim()
  if (!old) return review
  const line: DroppedLine = { text: old, kind: 'replaced', reason: `原${FIELD_NAMES[field]}，已被替换`, before }
  return { ...review, dropped: [...review.dropped, line] }
}

/** Sets a field to a line's text: the edits, and the review with the field's old value kept. */
function intoField(
  article: Article,
  review: ImportReview,
  field: FieldRole,
  line: string,
  before: number,
): { edits: ArticleEdit[]; review: ImportReview } | { message: string } {
  const value = fieldValue(field, line)
  if ('message' in value) return value
  return {
    edits: [{ kind: 'field', field, value: value.value }],
    // A guess about the field's old value no longer applies.
    review: keepReplaced(withoutGuessesAt(review, { field }), article.meta, field, before),
  }
}

const fail = (message: string): ReviewStep => ({ ok: false, message })

/** Restores a line import left out, at its place, as `role`. */
export function restoreDropped(article: Article, review: ImportReview, index: number, role: LineRole): ReviewStep {
  const line = review.dropped[index]
  if (!line) return fail('这一行已不在检查列表中。')
  const at = Math.min(line.before, article.blocks.length)
  const others = review.dropped.filter((_, i) => i !== index)
  if (isFieldRole(role)) {
    const into = intoField(article, { ...review, dropped: others }, role, line.text, at)
    return 'message' in into ? fail(into.message) : { ok: true, ...into }
  }
  const next = shifted({ ...review, dropped: [] }, [{ insert: at }])
  // Lines left out at the same place keep their order around the restored one.
  const dropped = review.dropped.flatMap((d, i) =>
    i === index ? [] : [{ ...d, before: d.before > at || (d.before === line.before && i > index) ? d.before + 1 : d.before }],
  )
  return { ok: true, edits: [{ kind: 'insert', at, blocks: blocksFor(role, [[text(line.text)]]) }], review: { ...next, dropped } }
}

/** Gives the line at `target` (a block, or a meta field's value) another role. */
export function reassignLine(article: Article, review: ImportReview, target: LineTarget, role: LineRole): ReviewStep {
  const settled = withoutGuessesAt(review, target)
  if ('block' in target) {
    const block = article.blocks[target.block]
    const lines = block && blockInlines(block)
    if (!lines) return fail('这一行已不在文中。')
    if (isFieldRole(role)) {
      const joined = lines.map(inlineText).join('')
      const line = lines.length === 1 && !TEXT_FIELDS.includes(role) ? asWritten(article, settled, { block: target.block, line: 0 }, joined) : joined
      const into = intoField(article, settled, role, line, target.block)
      if ('message' in into) return fail(into.message)
      const moved = TEXT_FIELDS.includes(role)
        ? {
            ...into.review,
            changes: into.review.changes.map((c) =>
              'block' in c.at && c.at.block === target.block ? { ...c, at: { field: role as MetaTextField } } : c,
            ),
          }
        : into.review
      return {
        ok: true,
        edits: [{ kind: 'remove', at: target.block }, ...into.edits],
        review: shifted(moved, [{ remove: target.block }]),
      }
    }
    const blocks = blocksFor(role, lines)
    const extra: ReviewShift[] = blocks.slice(1).map((_, i) => ({ insert: target.block + 1 + i }))
    return {
      ok: true,
      edits: [
        { kind: 'remove', at: target.block },
        { kind: 'insert', at: target.block, blocks },
      ],
      review: shifted(settled, extra),
    }
  }
  const from = target.field
  const line = fieldText(article.meta, from)
  if (!line.trim()) return fail('这一栏已经是空的。')
  const clear: ArticleEdit = { kind: 'field', field: from, value: undefined }
  if (!isFieldRole(role)) {
    const next = moveFieldChanges(shifted(settled, [{ insert: 0 }]), from, { block: 0 })
    return { ok: true, edits: [clear, { kind: 'insert', at: 0, blocks: blocksFor(role, [[text(line)]]) }], review: next }
  }
  if (role === from) return { ok: true, edits: [], review: settled }
  const written = TEXT_FIELDS.includes(role) || !(TEXT_FIELDS.includes(from) || from === 'summary') ? line : asWritten(article, settled, { field: from as MetaTextField }, line)
  const value = fieldValue(role, written)
  if ('message' in value) return fail(value.message)
  // Two headline fields trade places (a headline taken for the 引题 and the 引题 for the headline).
  const swapped = fieldText(article.meta, role)
  const back = swapped.trim() && isFieldRole(from as LineRole) ? fieldValue(from as FieldRole, swapped) : undefined
  const edits: ArticleEdit[] = [
    back && 'value' in back ? { kind: 'field', field: from, value: back.value } : clear,
    { kind: 'field', field: role, value: value.value },
  ]
  const cleared = withoutGuessesAt(settled, { field: role })
  let next = back && 'value' in back ? swapFieldChanges(cleared, from, role) : moveFieldChanges(cleared, from, { field: role })
  if (swapped.trim() && !(back && 'value' in back)) next = keepReplaced(next, article.meta, role, 0)
  return { ok: true, edits, review: next }
}

/** Takes a guess as right: it leaves the list. */
export function acceptGuess(review: ImportReview, index: number): ImportReview {
  return { ...review, guesses: review.guesses.filter((_, i) => i !== index) }
}

/** Undoes the listed changes at `indexes` (all when absent); changes whose text was edited since stay listed. */
export function revertReviewChanges(article: Article, review: ImportReview, indexes?: readonly number[]): ReviewStep {
  const chosen = indexes ? indexes.flatMap((i) => review.changes[i] ?? []) : review.changes
  const { edits, skipped } = revertEdits(article, review.changes, chosen)
  if (!edits.length) return fail('这些改动处的文字已被修改，无法撤销。')
  const undone = new Set(chosen.filter((c) => !skipped.includes(c)))
  const out: ArticleEdit[] = edits.flatMap((e) => ('field' in e.at ? [] : [{ kind: 'text' as const, change: e }]))
  for (const field of new Set(edits.flatMap((e) => ('field' in e.at ? [e.at.field] : [])))) {
    // Last first, so earlier offsets stay valid.
    const own = edits.filter((e) => 'field' in e.at && e.at.field === field).sort((a, b) => b.offset - a.offset)
    const value = own.reduce((v, e) => v.slice(0, e.offset) + e.after + v.slice(e.offset + e.before.length), article.meta[field] ?? '')
    out.push({ kind: 'field', field, value })
  }
  const note = skipped.length ? `有 ${skipped.length} 处的文字已被修改，未能撤销，仍列在下面。` : undefined
  return {
    ok: true,
    edits: out,
    review: { ...review, changes: review.changes.filter((c) => !undone.has(c)) },
    ...(note ? { note } : {}),
  }
}

/** An edit as applied: a run of consecutive text edits is one set, their offsets all in the text before the run. */
export type EditStep = Exclude<ArticleEdit, { kind: 'text' }> | { kind: 'texts'; changes: Change[] }

export function editSteps(edits: readonly ArticleEdit[]): EditStep[] {
  const steps: EditStep[] = []
  for (const e of edits) {
    const last = steps[steps.length - 1]
    if (e.kind !== 'text') steps.push(e)
    else if (last?.kind === 'texts') last.changes.push(e.change)
    else steps.push({ kind: 'texts', changes: [e.change] })
  }
  return steps
}

/** The article after `edits` (see `editSteps`): what the editor's replay of them through Slate must give. */
export function applyArticleEdits(article: Article, edits: readonly ArticleEdit[]): Article {
  let next: Article = { ...article, meta: { ...article.meta }, blocks: [...article.blocks] }
  for (const e of editSteps(edits)) {
    if (e.kind === 'texts') next = applyChanges(next, e.changes)
    else if (e.kind === 'insert') next.blocks.splice(e.at, 0, ...e.blocks)
    else if (e.kind === 'remove') next.blocks.splice(e.at, 1)
    else next.meta = withField(next.meta, e.field, e.value)
  }
  return next.blocks.length ? next : { ...next, blocks: [paragraph('')] }
}

/** The meta with one field set; an empty value removes the field (the title stays, empty). */
export function withField(meta: ArticleMeta, field: EditableField, value: string | undefined): ArticleMeta {
  const next = { ...meta }
  if (field === 'title') next.title = value ?? ''
  else if (value === undefined || value === '') delete next[field]
  else if (field === 'keywords') next.keywords = parseKeywords(value)
  else next[field] = value
  return next
}
