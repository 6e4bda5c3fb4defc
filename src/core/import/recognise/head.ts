import { headlineSpaces } from '../../text/headline-space'
import { codePoints, isHeadlineLine, isSubtitleLine } from './line-shapes'
import { parseMetaLine, type MetaField } from './meta-line'
import { parsePublishedAt } from '../../model/dates'
import { applyMetaFields } from './apply-meta'
import { cue, GOOD, SOME, STRONG, WEAK, type Cue } from './evidence'
import type { Entry, HeadlineField, TextEntry, Work } from './work'
import { drop, guess, openEntries, positionOf } from './work'

/**
 * The title block (design §2): the headline stack (引题 / 主题 / 副题) and the meta line under it.
 * The title is the first substantial line before the meta line; a short line above it is a 引题,
 * a line opening with —— below it a 副题.
 */

const HEAD_WINDOW = 8

/** A 公文 title wrapped over two lines ends in its document type (通知, 意见 …) and is one title. */
const GONGWEN_TITLE =
  /^.{0,60}关于.*的?(通知|意见|决定|报告|请示|批复|函|通报|方案|办法|规定|公告|通告|纪要|细则|规划)$/u

const FIELD_NAMES: Record<HeadlineField, string> = { kicker: '引题', title: '主题', subtitle: '副题' }

/** Cues every headline line shares: what its markup said, and its shape. */
function shapeCues(entry: TextEntry, field: HeadlineField): Cue[] {
  const cues: Cue[] = []
  const hint = entry.item.hint
  if (hint === 'title') cues.push(cue('原稿标为标题（<h1>、Word 标题样式）', field === 'title' ? STRONG : -SOME))
  if (hint === 'subtitle') cues.push(cue('原稿标为副标题', field === 'subtitle' ? STRONG : -SOME))
  if (field === 'subtitle' && isSubtitleLine(entry.text)) cues.push(cue('以——开头', STRONG))
  if (field === 'kicker' && /[:：]$/u.test(entry.text)) cues.push(cue('以冒号结尾，引出下一行', SOME))
  return cues
}

function setHeadline(work: Work, field: HeadlineField, entry: TextEntry, cues: Cue[], value = entry.text): void {
  const text = headlineSpaces(value)
  work.meta[field] = text
  const at = positionOf(entry, entry.lead)
  if (at) work.metaAt[field] = at
  entry.used = true
  const spaced = text !== value ? [cue('词间空格改为全角空格（报刊标题习惯）', 0)] : []
  const all = [...cues, ...shapeCues(entry, field), ...spaced]
  guess(work, value, { field }, `${FIELD_NAMES[field]}「${text}」`, all)
}

/**
 * The lines of a headline stack → 引题, 主题, 副题. `above` says what closes the stack (the meta line, or
 * nothing but the body), which is how sure the stack's end is.
 */
function assignStack(work: Work, stack: TextEntry[], above: Cue): void {
  const [a, b, c] = stack
  if (!a) return
  if (!b) return setHeadline(work, 'title', a, [above, cue('标题区只有这一行', GOOD)])
  if (!c) {
    if (GONGWEN_TITLE.test(a.text + b.text)) {
      setHeadline(work, 'title', a, [above, cue('两行连读为“关于……的通知”式公文标题', STRONG)], a.text + b.text)
      b.used = true
      return
    }
    if (isSubtitleLine(b.text) || b.item.hint === 'subtitle') {
      setHeadline(work, 'title', a, [above, cue('下一行是副题', GOOD)])
      return setHeadline(work, 'subtitle', b, [above])
    }
    const longer = codePoints(b.text) >= codePoints(a.text)
    const lean = cue(longer ? '上一行较短' : '上一行比主题长', longer ? SOME : -SOME)
    // `above` says the lines are headline lines, not which: a short first line leans to 引题, nothing more.
    setHeadline(work, 'kicker', a, [cue('主题上方的一行', 0), lean])
    return setHeadline(work, 'title', b, [above, cue('标题区两行中的下一行', WEAK), lean])
  }
  setHeadline(work, 'kicker', a, [above, cue('三行标题的第一行', SOME)])
  setHeadline(work, 'title', b, [above, cue('三行标题的中间一行', SOME)])
  setHeadline(work, 'subtitle', c, [above, cue('三行标题的最后一行', SOME)])
}

/** Consumes the meta line(s) starting at `head[from]`, joining a label whose value sits on the next line. */
function consumeMeta(work: Work, head: TextEntry[], from: number): void {
  for (let i = from; i < head.length; i++) {
    const line = head[i]!
    const parsed = parseMetaLine(line.text, true)
    if (!parsed) return
    let fields: MetaField[] = parsed.fields
    const last = fields.at(-1)!
    const next = head[i + 1]
    if (!last.value && next && !parseMetaLine(next.text, true) && continues(last, next.text)) {
      fields = [...fields.slice(0, -1), { ...last, value: next.text, valueLine: next.text }]
      next.used = true
      i++
    }
    applyMetaFields(work, fields, line, 'head')
  }
}

function continues(field: MetaField, next: string): boolean {
  if (field.key === 'views' || field.key === 'toolbar' || field.key === 'keywords') return false
  return field.key === 'publishedAt'
    ? parsePublishedAt(next) !== undefined
    : next.length <= 20 && !/[，。；]/u.test(next)
}

function dropPageText(work: Work, lines: TextEntry[]): void {
  for (const l of lines) drop(work, l, '标题前的页面文字（站名、栏目名等）')
}

/** Recognises the title block at the top of the draft and marks its lines used. */
export function recogniseHead(work: Work): void {
  const head: TextEntry[] = []
  for (const e of openEntries(work) as Entry[]) {
    if (e.kind !== 'text' || head.length >= HEAD_WINDOW) break
    head.push(e)
  }
  const hinted = head.findIndex((e) => e.item.hint === 'title')
  let metaAt = head.findIndex((e) => parseMetaLine(e.text, true))
  if (metaAt >= 0 && !head.slice(0, metaAt).every((e) => isHeadlineLine(e.text) || e.item.hint)) metaAt = -1

  if (hinted >= 0 && (metaAt < 0 || hinted < metaAt)) {
    const kicker = hinted > 0 && isHeadlineLine(head[hinted - 1]!.text) ? head[hinted - 1] : undefined
    dropPageText(work, head.slice(0, kicker ? hinted - 1 : hinted))
    if (kicker) setHeadline(work, 'kicker', kicker, [cue('紧挨在标题上方的短行', SOME)])
    setHeadline(work, 'title', head[hinted]!, [])
    const sub = head[hinted + 1]
    let next = hinted + 1
    if (sub && (sub.item.hint === 'subtitle' || isSubtitleLine(sub.text)) && isHeadlineLine(sub.text)) {
      setHeadline(work, 'subtitle', sub, [cue('紧挨在标题下方', SOME)])
      next++
    }
    if (metaAt >= next) consumeMeta(work, head, metaAt)
    return
  }
  if (metaAt >= 0) {
    const above = head.slice(0, metaAt)
    const stack = above.slice(-3)
    dropPageText(work, above.slice(0, above.length - stack.length))
    assignStack(work, stack, cue('位于标题下的信息行（时间、来源等）上方', GOOD))
    consumeMeta(work, head, metaAt)
    return
  }
  let run = 0
  while (run < head.length && isHeadlineLine(head[run]!.text) && head[run]!.item.hint !== 'table') run++
  const hasBody = openEntries(work).length > run
  if (run === 0 || !hasBody) return
  assignStack(work, head.slice(0, run > 3 ? 1 : run), cue('文稿开头的短行，无句末标点；其下没有信息行', -WEAK))
}
