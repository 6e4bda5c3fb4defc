import { headlineSpaces } from '../../text/headline-space'
import { codePoints, isHeadlineLine, isSubtitleLine } from './line-shapes'
import { classifyHeadLine, continues, isToolbarFragment, type HeadLine } from './head-lines'
import { applyMetaFields, type MetaPlace } from './apply-meta'
import { cue, GOOD, SOME, STRONG, WEAK, type Cue } from './evidence'
import { continues as continuesOutline, matchNumbered } from './outline'
import type { HeadlineField, TextEntry, Work } from './work'
import { drop, guess, openMoreThan, positionOf } from './work'

/**
 * The title block (design §2): the headline stack (引题 / 主题 / 副题) and the meta line under it.
 * The title is the first substantial line before the meta line; a short line above it is a 引题,
 * a line opening with —— below it a 副题.
 */

const HEAD_WINDOW = 24

/** A 公文 title wrapped over two lines ends in its document type (通知, 意见 …) and is one title. */
const GONGWEN_TITLE =
  /^.{0,60}关于.*的?(通知|意见|决定|报告|请示|批复|函|通报|方案|办法|规定|公告|通告|纪要|细则|规划)$/u

const FIELD_NAMES: Record<HeadlineField, string> = { kicker: '引题', title: '主题', subtitle: '副题' }

/** Cues every headline line shares: what its markup said, and its shape. */
function shapeCues(entry: TextEntry, field: HeadlineField): Cue[] {
  const cues: Cue[] = []
  const hint = entry.item.hint
  if (hint === 'title')
    cues.push(cue('原稿标为标题（<h1>、Word 标题样式）', field === 'title' ? STRONG : -SOME))
  if (hint === 'subtitle') cues.push(cue('原稿标为副标题', field === 'subtitle' ? STRONG : -SOME))
  if (field === 'subtitle' && isSubtitleLine(entry.text)) cues.push(cue('以——开头', STRONG))
  if (field === 'kicker' && /[:：]$/u.test(entry.text)) cues.push(cue('以冒号结尾，引出下一行', SOME))
  return cues
}

function setHeadline(
  work: Work,
  field: HeadlineField,
  entry: TextEntry,
  cues: Cue[],
  value = entry.text,
): void {
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
      setHeadline(
        work,
        'title',
        a,
        [above, cue('两行连读为“关于……的通知”式公文标题', STRONG)],
        a.text + b.text,
      )
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

/**
 * Consumes the meta line at `head[i]` (joining a label whose value stands on the next line, and the pieces of a
 * 字号 toolbar split one per line); returns the index after what it used.
 */
function consumeMeta(work: Work, head: TextEntry[], kinds: HeadLine[], i: number, place: MetaPlace = 'head'): number {
  const line = head[i]!
  let fields = kinds[i]!.fields!
  let next = i + 1
  const last = fields.at(-1)!
  const after = head[next]
  if (!last.value && after && kinds[next]!.kind !== 'meta' && continues(last, after.text)) {
    fields = [...fields.slice(0, -1), { ...last, value: after.text, valueLine: after.text }]
    after.used = true
    next++
  }
  applyMetaFields(work, fields, line, place, kinds[i]!.seen)
  while (next < head.length && isToolbarFragment(head[next]!.text))
    drop(work, head[next++]!, 'chrome', '页面工具栏（字号）')
  return next
}

/** A line above the title that only repeats the page around it: a nav word, a breadcrumb's column, a site name. */
function pageText(line: TextEntry, kind: HeadLine, chrome: string): Cue | undefined {
  if (kind.kind === 'page') return kind.seen
  if (codePoints(line.text) <= 8 && chrome.includes(line.text)) return cue('与导航或路径中的栏目名相同', GOOD)
  return undefined
}

/**
 * Recognises the title block at the top of the draft and marks its lines used. The block runs to the first
 * body line: meta lines anywhere in it are read, the headline stack is the run of headline lines right above
 * the first meta line (a portal's title over its 发布时间 line, a paper's title over its byline) or else the
 * last run before the body, and the lines before the stack are page text.
 */
export function recogniseHead(work: Work, chrome: string): void {
  const head: TextEntry[] = []
  for (const e of work.entries) {
    if (e.used) continue
    if (e.kind !== 'text' || head.length >= HEAD_WINDOW) break
    head.push(e)
  }
  const kinds = head.map(classifyEntry)
  markValueLines(head, kinds)
  openOutline(head, kinds)
  const hinted = head.findIndex((e) => e.item.hint === 'title')
  const firstMeta = kinds.findIndex((k) => k.kind === 'meta')
  // The markup's title counts when it heads the text: no paragraph stands above it.
  const topped = hinted >= 0 && kinds.slice(0, hinted).every((k) => k.kind !== 'body')
  if (topped && (firstMeta < 0 || hinted < firstMeta)) return hintedHead(work, head, kinds, hinted)

  let zone = kinds.findIndex((k, i) => k.kind === 'body' || head[i]!.item.hint === 'table')
  if (zone < 0) zone = head.length
  const apart = chromeBetween(work, head)
  const runs: [number, number][] = []
  for (let i = 0; i < zone; i++) {
    if (kinds[i]!.kind !== 'headline') continue
    let end = i
    while (end + 1 < zone && kinds[end + 1]!.kind === 'headline' && !apart[end + 1]) end++
    runs.push([i, end + 1])
    i = end
  }
  const aboveMeta = runs.find(([, end]) => kinds[end]?.kind === 'meta')
  const run = aboveMeta ?? runs.at(-1)
  const hasBody = openMoreThan(work, run?.[1] ?? 0)
  if (!run || !hasBody) {
    for (let i = 0; i < zone; i++)
      if (kinds[i]!.kind === 'meta' && !head[i]!.used) i = consumeMeta(work, head, kinds, i) - 1
    return
  }
  let [from, to] = run
  const gongwenTitleBelow = (i: number) => i + 2 === to && GONGWEN_TITLE.test(head[i + 1]!.text)
  while (to - from > 1 && (pageText(head[from]!, kinds[from]!, chrome) || gongwenTitleBelow(from))) from++
  const closed = aboveMeta || kinds[to]?.kind === 'meta'
  // Without a meta line, a long run of short lines is the title and the body's headings, not one stack.
  if (!closed && to - from > 3) to = from + 1
  if (to - from > 3) from = to - 3
  // A kicker may end in a colon that leads into the title (「扶风县绛帐镇凤鸣村：」).
  const colonKicker = from > 0 && kinds[from - 1]!.kind === 'colon' && to - from < 3 ? 1 : 0
  for (let i = 0; i < from - colonKicker; i++) {
    if (head[i]!.used) continue
    if (kinds[i]!.kind === 'meta') i = consumeMeta(work, head, kinds, i, 'above') - 1
    else drop(work, head[i]!, 'chrome', '标题前的页面文字（站名、栏目名、版面信息等）')
  }
  const above = closed
    ? cue('紧挨在信息行（时间、来源、署名等）上方', GOOD)
    : cue('文稿开头的短行，无句末标点；其下没有信息行', -WEAK)
  assignStack(work, head.slice(from - colonKicker, to), above)
  let next = to
  while (next < head.length && kinds[next]!.kind === 'meta') next = consumeMeta(work, head, kinds, next)
  if (closed) reprintedStack(work, head.slice(next, zone))
}

/**
 * Per head line, whether page chrome (a breadcrumb, a nav bar) stood between it and the line before: a headline
 * stack is printed in one piece, so the lines above such chrome are the page's, not the title's 引题.
 */
function chromeBetween(work: Work, head: readonly TextEntry[]): boolean[] {
  const at = head.map((e) => work.entries.indexOf(e))
  return at.map((p, k) => k > 0 && work.entries.slice(at[k - 1]! + 1, p).some((e) => e.used))
}

/**
 * A portal reprinting a newspaper story prints the paper's own headline under its title and meta line: two
 * headline lines right above the body are its 引题 and 主题. The portal's title stays the 主题; the paper's
 * 主题 becomes the 副题, so nothing of either is lost.
 */
function reprintedStack(work: Work, rest: readonly TextEntry[]): void {
  const [a, b] = rest
  if (rest.length !== 2 || work.meta.kicker || work.meta.subtitle || isSubtitleLine(b!.text)) return
  if (!rest.every((e) => classifyHeadLine(e.text).kind === 'headline' && codePoints(e.text) >= 8)) return
  const cues = [cue('标题和信息行下方又一组两行标题（转载报纸的原标题）', SOME)]
  setHeadline(work, 'kicker', a!, [...cues, cue('两行中的上一行', 0)])
  setHeadline(work, 'subtitle', b!, [...cues, cue('报纸的主题，网页标题已是主题', 0)])
}

/**
 * A label standing alone (「发布时间：」) takes the next line as its value (`consumeMeta`): that line belongs to the
 * meta line, so it is never a headline line too.
 */
function markValueLines(head: readonly TextEntry[], kinds: HeadLine[]): void {
  for (let i = 0; i + 1 < head.length; i++) {
    // Only a label alone on its line: an empty last field of a table row (「浏览次数: 590 内容概述:」) is just empty.
    const fields = kinds[i]!.kind === 'meta' ? kinds[i]!.fields! : []
    const label = fields.length === 1 ? fields[0] : undefined
    if (label && !label.value && kinds[i + 1]!.kind === 'headline' && continues(label, head[i + 1]!.text))
      kinds[i + 1] = { kind: 'page', seen: cue('标签单独一行，这是它的值', GOOD) }
  }
}

/**
 * 「1 总则」 over 「1.1 编制目的」: a decimal heading whose number the next numbered line continues starts the body's
 * outline (a 预案 or 规范 numbered as GB/T 1.1 does), so it and the lines after it are never headline lines.
 */
function openOutline(head: readonly TextEntry[], kinds: HeadLine[]): void {
  const numbers = head.map((e) => {
    const n = matchNumbered(e.text)
    return n?.scheme === 'd' ? n.path : undefined
  })
  for (let i = 0; i < head.length; i++) {
    const own = numbers[i]
    const next = numbers.slice(i + 1).find((n) => n !== undefined)
    if (kinds[i]!.kind === 'headline' && own && next && continuesOutline(own, next)) {
      kinds[i] = { kind: 'body' }
      return
    }
  }
}

/** A list item (<li>) in the title block is a navigation entry, never a headline. */
function classifyEntry(entry: TextEntry): HeadLine {
  const kind = classifyHeadLine(entry.text)
  if (entry.item.hint !== 'list' || kind.kind !== 'headline') return kind
  return { kind: 'page', seen: cue('网页列表项（导航栏的一项）', GOOD) }
}

/**
 * The markup named the title (<h1>, Word's Title style): a short line right above is its 引题, a —— line below
 * its 副题. The meta lines below it are read as the shape path reads them, wherever they stand in the block; a
 * line between the title and the meta line is page text (a 公文's 发文机关标志 「…文件」 repeated under the title).
 */
function hintedHead(work: Work, head: TextEntry[], kinds: HeadLine[], hinted: number): void {
  const kicker = hinted > 0 && kinds[hinted - 1]!.kind === 'headline' ? head[hinted - 1] : undefined
  for (let i = 0; i < (kicker ? hinted - 1 : hinted); i++)
    if (kinds[i]!.kind === 'meta') i = consumeMeta(work, head, kinds, i, 'above') - 1
    else drop(work, head[i]!, 'chrome', '标题前的页面文字（站名、栏目名、版面信息等）')
  if (kicker) setHeadline(work, 'kicker', kicker, [cue('紧挨在标题上方的短行', SOME)])
  setHeadline(work, 'title', head[hinted]!, [])
  const sub = head[hinted + 1]
  let next = hinted + 1
  if (sub && (sub.item.hint === 'subtitle' || isSubtitleLine(sub.text)) && isHeadlineLine(sub.text)) {
    setHeadline(work, 'subtitle', sub, [cue('紧挨在标题下方', SOME)])
    next++
  }
  const meta = kinds.findIndex((k, i) => i >= next && k.kind === 'meta')
  const between = kinds.slice(next, meta)
  if (meta > next && meta - next <= 2 && between.every((k) => k.kind === 'headline' || k.kind === 'page'))
    for (; next < meta; next++)
      drop(
        work,
        head[next]!,
        'chrome',
        /文件$/u.test(head[next]!.text)
          ? '发文机关标志（版头），印在标题下的页面文字'
          : '标题与信息行之间的页面文字',
      )
  while (next < head.length && kinds[next]!.kind === 'meta') next = consumeMeta(work, head, kinds, next)
}
