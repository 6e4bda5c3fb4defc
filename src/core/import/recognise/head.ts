import { headlineSpaces } from '../../text/headline-space'
import { isHeadlineLine, isSubtitleLine } from './line-shapes'
import { parseMetaLine, type MetaField } from './meta-line'
import { parsePublishedAt } from '../../model/dates'
import { applyMetaFields } from './apply-meta'
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

const FIELD_REASON: Record<HeadlineField, string> = {
  kicker: '主题上方的短行按引题处理',
  title: '首个标题行',
  subtitle: '主题下方以——开头或位于第三行的按副题处理',
}

function setHeadline(work: Work, field: HeadlineField, entry: TextEntry, value = entry.text): void {
  const text = headlineSpaces(value)
  work.meta[field] = text
  const at = positionOf(entry, entry.lead)
  if (at) work.metaAt[field] = at
  entry.used = true
  const spaced = text !== value ? '；词间空格改为全角空格（报刊标题习惯）' : ''
  guess(
    work,
    entry.text,
    `${{ kicker: '引题', title: '主题', subtitle: '副题' }[field]}「${text}」`,
    FIELD_REASON[field] + spaced,
  )
}

function assignStack(work: Work, stack: TextEntry[]): void {
  const [a, b, c] = stack
  if (!a) return
  if (!b) return setHeadline(work, 'title', a)
  if (!c) {
    if (GONGWEN_TITLE.test(a.text + b.text)) {
      setHeadline(work, 'title', a, a.text + b.text)
      b.used = true
      return
    }
    if (isSubtitleLine(b.text) || b.item.hint === 'subtitle') {
      setHeadline(work, 'title', a)
      return setHeadline(work, 'subtitle', b)
    }
    setHeadline(work, 'kicker', a)
    return setHeadline(work, 'title', b)
  }
  setHeadline(work, 'kicker', a)
  setHeadline(work, 'title', b)
  setHeadline(work, 'subtitle', c)
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
      fields = [...fields.slice(0, -1), { ...last, value: next.text }]
      next.used = true
      guess(work, next.text, `${last.label}的内容`, '标签与内容分在两行')
      i++
    }
    applyMetaFields(work, fields, line, '标题下的信息行')
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
    if (kicker) setHeadline(work, 'kicker', kicker)
    setHeadline(work, 'title', head[hinted]!)
    const sub = head[hinted + 1]
    let next = hinted + 1
    if (sub && (sub.item.hint === 'subtitle' || isSubtitleLine(sub.text)) && isHeadlineLine(sub.text)) {
      setHeadline(work, 'subtitle', sub)
      next++
    }
    if (metaAt >= next) consumeMeta(work, head, metaAt)
    return
  }
  if (metaAt >= 0) {
    const above = head.slice(0, metaAt)
    const stack = above.slice(-3)
    dropPageText(work, above.slice(0, above.length - stack.length))
    assignStack(work, stack)
    consumeMeta(work, head, metaAt)
    return
  }
  let run = 0
  while (run < head.length && isHeadlineLine(head[run]!.text) && head[run]!.item.hint !== 'table') run++
  const hasBody = openEntries(work).length > run
  if (run === 0 || !hasBody) return
  assignStack(work, head.slice(0, run > 3 ? 1 : run))
}
