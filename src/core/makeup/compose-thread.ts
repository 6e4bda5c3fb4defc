import type { PageDocument, PageSpec } from '../page/page'
import type { ResolvedPagePreset } from '../page/page-preset'
import type { Thread, ThreadFrame } from '../page/threads'
import type { ComposedArticle } from '../typeset/compose-article'
import type { Bookmark, Line, PageItem } from '../typeset/frame'
import { furnitureLine } from '../typeset/page-furniture'
import type { Slab } from '../typeset/slab'
import { placeSlab, shiftLine } from '../typeset/slab'
import { textOptionsOf } from '../typeset/text-slabs'
import type { FrameRegions, FrameReport } from './page-makeup'
import type { TextColumn } from './fill-columns'
import { fillColumns } from './fill-columns'
import type { FrameGeometry } from './frame-geometry'
import { frameGeometry, spanWidth } from './frame-geometry'
import { rowsFor } from './grid'
import { jumpText } from './jump-lines'
import type { StoryCache, StoryContext } from './story'
import { composeBody, composeHead, composeSpannedFigure, composeVerticalHead, leadImage } from './story'
import type { VerticalBlock } from '../typeset/compose-vertical'
import type { PartNumbering } from './structure-numbers'
import { partNumbering } from './structure-numbers'

/**
 * One article's thread of frames: the headline stack across its span at the top of the first frame, the
 * lead image across its columns, the text flowed column to column and frame to frame, 「（下转第N版）」
 * and 「（上接第N版）」 where it jumps to another page, and the columns balanced where the text ends.
 * What does not fit after the last frame is overset, reported on it. A frame taller than its text gives
 * the spare rows to the white around its headline first, and reports the rest as empty rows.
 */

export interface ThreadInput {
  thread: Thread
  doc: PageDocument
  preset: ResolvedPagePreset
  story: StoryContext
  cache: StoryCache
}

/** Missing glyphs and warnings from composing an article's parts, for the reader. */
export type StoryNotes = Pick<ComposedArticle, 'substitutions' | 'warnings'>

export interface PlacedThread {
  frames: PlacedFrame[]
  notes: StoryNotes[]
}

export interface PlacedFrame {
  at: ThreadFrame
  report: FrameReport
  lines: Line[]
  items: PageItem[]
  bookmark?: Bookmark
}

/** A row of white between the headline stack or a spanned image and the text under it. */
const GAP_ROWS = 1

interface Head {
  /** The headline stack across the frame's first columns. */
  slabs: Slab[]
  /** Or the 竖题 in its own columns. */
  vertical?: VerticalBlock
  /** 「（上接第N版）」 under the 续题. */
  from?: string
}

interface Arranged {
  lines: Line[]
  items: PageItem[]
  rest: Slab[]
  tooTall: number
  /** Where the text ends in this frame (else 0): rows left empty under the text of each column, summed (栏行). */
  empty: number
  /** Where the text ends in this frame (else 0): rows left empty under its deepest column, which the headline's white may take. */
  below: number
  /** Rows the columns could give up with the text still fitting. */
  spare: number
  problems: string[]
  regions: FrameRegions
}

/** Lines and items of slabs stacked from (x, y), their structure elements numbered as `part`'s. */
function stack(slabs: readonly Slab[], x: number, y: number, into: { lines: Line[]; items: PageItem[] }, numbering: PartNumbering, part: string): number {
  let top = y
  slabs.forEach((s, k) => {
    top += k ? s.spaceBefore : 0
    const placed = placeSlab(s, x, top)
    into.lines.push(...placed.lines.map((l) => numbering.line(part, l)))
    into.items.push(...placed.items.map((i) => numbering.item(part, i)))
    top += s.height
  })
  return top - y
}

/** A 竖题 is the story's heading as a whole (引题, 主题 and 副题 read as one). */
const VERTICAL_HEAD = { type: 'H1', element: 0 } as const

export function composeThread({ thread, doc, preset, story, cache }: ThreadInput): PlacedThread {
  const article = doc.articles[thread.article]!
  const { pitch } = preset.grid
  const bodyPreset = preset.articles[0]!
  const first = thread.frames[0]!
  const geometryOf = (at: ThreadFrame) => frameGeometry(preset, doc.pages[at.page]!, at.frame)
  const figureIndex = first.frame.figure ? leadImage(article) : -1
  const body = composeBody(cache, story, article, bodyPreset, geometryOf(first).columnWidth, figureIndex)
  const notes: StoryNotes[] = [body]
  const options = textOptionsOf(bodyPreset)
  const small = bodyPreset.styles.editor
  const numbering = partNumbering()

  /** One line of small print (jump lines) at the bottom of the row whose top is `top`. */
  const smallLine = (text: string, left: number, width: number, top: number, align: 'left' | 'right'): Line => {
    const ascent = story.fonts.face(small.bold ? `${small.font}-bold` : small.font).ascent
    const baseline = top + (pitch - small.size) / 2 + ascent * small.size
    return furnitureLine({ text, font: small.font, size: small.size, color: small.color }, { left, top, width, height: pitch }, align, 0, baseline, story.fonts, options)
  }

  const headOf = (at: ThreadFrame, index: number, g: FrameGeometry): Head => {
    const { headline } = at.frame
    const weighted = preset.articles[headline.weight - 1]!
    if (index === 0 && headline.direction === 'vertical') {
      const vertical = composeVerticalHead(cache, story, article, weighted, g.inner.height, headline.side === 'right')
      notes.push({ substitutions: vertical.substitutions, warnings: [] })
      return { slabs: [], vertical }
    }
    const head = composeHead(cache, story, article, weighted, spanWidth(g, headline.columns), index > 0)
    notes.push(head)
    const previous = thread.frames[index - 1]
    const from = previous && previous.page !== at.page ? jumpText('上接', doc.pages[previous.page]!.number) : undefined
    return { slabs: head.slabs, from }
  }

  const arrange = (at: ThreadFrame, page: PageSpec, g: FrameGeometry, head: Head, slabs: readonly Slab[], jumpTo: number | undefined, extra: number): Arranged => {
    const out = { lines: [] as Line[], items: [] as PageItem[] }
    const problems: string[] = []
    const regions: FrameRegions = { columns: [] }
    const bottom = g.inner.top + g.inner.height
    const tops = g.lefts.map(() => g.inner.top)
    const { frame } = at
    const headPart = `head ${thread.frames.indexOf(at)}`
    if (head.vertical) {
      // The 竖题 takes its columns from top to bottom, its block centred across them.
      const n = frame.headline.columns
      const from = frame.headline.side === 'right' ? frame.columns - n : 0
      const width = spanWidth(g, n)
      const x = g.lefts[from]! + (width - head.vertical.width) / 2
      out.lines.push(...head.vertical.lines.map((l) => numbering.line(headPart, { ...shiftLine(l, x, g.inner.top), structure: VERTICAL_HEAD })))
      for (let c = from; c < from + n; c++) tops[c] = bottom
      regions.head = { left: g.lefts[from]!, top: g.inner.top, width, height: g.inner.height }
      if (head.vertical.width > width + 1e-6) problems.push(`竖题排成 ${head.vertical.lines.length} 行，比所占的 ${n} 栏宽：请加宽竖题或加高版框。`)
    }
    const headSpan = frame.headline.columns
    const span = spanWidth(g, headSpan)
    const headHeight = head.slabs.reduce((h, s, k) => h + (k ? s.spaceBefore : 0) + s.height, 0)
    const headRows = rowsFor(headHeight, pitch) + (head.from ? 1 : 0)
    if (headRows) {
      const above = Math.floor(extra / 2)
      const top = g.inner.top + above * pitch
      stack(head.slabs, g.lefts[0]!, top, out, numbering, headPart)
      if (head.from) out.lines.push(smallLine(head.from, g.lefts[0]!, span, top + rowsFor(headHeight, pitch) * pitch, 'right'))
      for (let c = 0; c < headSpan; c++) tops[c] = g.inner.top + (headRows + extra + GAP_ROWS) * pitch
      regions.head = { left: g.lefts[0]!, top: g.inner.top, width: span, height: (headRows + extra) * pitch }
    }
    if (at === first && figureIndex >= 0 && frame.figure) {
      const from = frame.columns - frame.figure.columns
      const width = spanWidth(g, frame.figure.columns)
      const figure = composeSpannedFigure(cache, story, article, bodyPreset, figureIndex, width)
      if (figure) {
        const top = Math.max(...tops.slice(from))
        stack([figure], g.lefts[from]!, top, out, numbering, 'figure')
        for (let c = from; c < frame.columns; c++) tops[c] = top + (rowsFor(figure.height, pitch) + GAP_ROWS) * pitch
        regions.figure = { left: g.lefts[from]!, top, width, height: rowsFor(figure.height, pitch) * pitch }
        const over = Math.round((top + regions.figure.height - bottom) / pitch)
        if (over > 0) problems.push(`配图和图注超出版框底 ${over} 行：请加高版框或让配图少跨几栏。`)
      }
    }
    const columns: TextColumn[] = g.lefts.map((left, c) => ({ left, top: tops[c]!, width: g.columnWidth, bottom })).filter((c) => c.top < bottom)
    regions.columns = columns.map((c) => ({ left: c.left, top: c.top, width: c.width, height: c.bottom - c.top }))
    let filled = fillColumns(slabs, at.page, columns, pitch, true)
    let jump: Line | undefined
    if (filled.flow.rest.length && jumpTo !== undefined && columns.length) {
      // The jump line follows the text in the last column (whose last row is kept for it), and is read last.
      const last = columns[columns.length - 1]!
      const reserved = [...columns.slice(0, -1), { ...last, bottom: bottom - pitch }]
      filled = fillColumns(slabs, at.page, reserved, pitch, false)
      jump = smallLine(jumpText('下转', jumpTo), last.left, last.width, filled.ends[columns.length - 1]!, 'right')
    }
    for (const f of filled.flow.frames) {
      out.lines.push(...f.lines.map((l) => numbering.line('body', l)))
      out.items.push(...f.items.map((i) => numbering.item('body', i)))
    }
    if (jump) out.lines.push(jump)
    const jumped = jump !== undefined
    if (frame.columnRules) out.items.push(...columnRules(columns, filled.ends, preset.rule))
    const ended = !filled.flow.rest.length && !jumped
    // A spanned figure ends its columns too: the white under the text is not room under the figure.
    const lowest = Math.max(g.inner.top, ...filled.ends, regions.figure ? regions.figure.top + regions.figure.height : 0)
    const rowsUnder = (end: number) => Math.round((bottom - end) / pitch)
    return {
      ...out,
      problems,
      regions,
      rest: filled.flow.rest,
      tooTall: filled.flow.tooTall.length,
      // Each column's own white counts: balanced columns that are each half empty leave half the frame empty.
      empty: ended ? filled.ends.reduce((n, end) => n + rowsUnder(end), 0) : 0,
      below: ended ? rowsUnder(lowest) : 0,
      spare: ended ? filled.spare + extra : 0,
    }
  }

  let rest: readonly Slab[] = body.slabs
  const placed = thread.frames.map((at, index): PlacedFrame => {
    const page = doc.pages[at.page]!
    const g = geometryOf(at)
    const head = index === 0 || rest.length ? headOf(at, index, g) : { slabs: [] }
    const next = thread.frames[index + 1]
    const jumpTo = next && next.page !== at.page ? doc.pages[next.page]!.number : undefined
    let arranged = arrange(at, page, g, head, rest, jumpTo, 0)
    // Spare rows go to the white around the headline (as much again as it is tall), the rest stay empty.
    const headRows = rowsFor(head.slabs.reduce((h, s, k) => h + (k ? s.spaceBefore : 0) + s.height, 0), pitch)
    const extra = Math.min(arranged.below, Math.max(2, headRows))
    if (extra > 0 && head.slabs.length) arranged = arrange(at, page, g, head, rest, jumpTo, extra)
    const problems = [...arranged.problems]
    if (!rest.length && index > 0) problems.push('续排的版框里没有文字：稿件在前面的版框里已经排完。')
    if (arranged.tooTall) problems.push(`有 ${arranged.tooTall} 处内容比栏还高，已超出版框。`)
    rest = arranged.rest
    const last = index === thread.frames.length - 1
    const overset = last ? rest.reduce((n, s) => n + s.lines.length, 0) : 0
    const oversetText = last ? rest.find((s) => s.lines.length)?.lines[0]?.text : undefined
    return {
      at,
      lines: arranged.lines,
      items: arranged.items,
      ...(index === 0 && article.meta.title ? { bookmark: { title: article.meta.title, level: 0, page: at.page, y: g.inner.top } } : {}),
      report: {
        id: at.frame.id,
        page: at.page,
        article: thread.article,
        title: article.meta.title,
        rect: g.rect,
        overset,
        ...(oversetText !== undefined ? { oversetText } : {}),
        emptyRows: arranged.empty,
        spareRows: arranged.spare,
        regions: arranged.regions,
        problems,
      },
    }
  })
  return { frames: placed, notes }
}

/** 栏线: a hairline in the middle of each gap between two columns that both hold text, as deep as the deeper. */
function columnRules(columns: readonly TextColumn[], ends: readonly number[], rule: { width: number; color: string }): PageItem[] {
  const items: PageItem[] = []
  for (let c = 0; c + 1 < columns.length; c++) {
    const [a, b] = [columns[c]!, columns[c + 1]!]
    if (ends[c]! <= a.top || ends[c + 1]! <= b.top) continue
    const x = (a.left + a.width + b.left) / 2
    items.push({ kind: 'rule', x1: x, y1: Math.max(a.top, b.top), x2: x, y2: Math.max(ends[c]!, ends[c + 1]!), width: rule.width / 2, color: rule.color })
  }
  return items
}

