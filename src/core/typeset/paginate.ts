import type { Bookmark, Line, PageItem } from './frame'
import type { Slab } from './slab'
import { shiftItem, shiftLine } from './slab'

/**
 * Fills pages (and their columns) with slabs. When a slab does not fit, the column ends at the last
 * place a break is allowed — so headings stay with the lines after them, images with their captions,
 * and paragraphs keep their widows and orphans — or, if there is none, where the slab overflowed.
 * On a 公文 grid the rows a kept heading leaves empty are filled by setting a paragraph above it one
 * line longer (伸行), so every full page keeps its 22 lines. In columns, the last page is balanced:
 * its columns are set as short as they can be while holding the same text, so an article ends in
 * columns of even length rather than in one full column and an empty one.
 */

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export interface Columns {
  count: number
  gap: number
  width: number
}

export interface PaginatedPage {
  lines: Line[]
  items: PageItem[]
}

export interface Pagination {
  pages: PaginatedPage[]
  bookmarks: Bookmark[]
  /** The first page each article block was placed on, by block index (blocks merged into another are absent). */
  blockPages: Map<number, number>
  /** Slabs taller than a whole column, placed anyway. */
  overflows: number
}

const EPS = 1e-6

export function paginate(input: readonly Slab[], areaOf: (page: number) => Rect, columns: Columns): Pagination {
  const filled = fill(input, areaOf, columns)
  if (columns.count < 2) return filled
  const last = filled.pages.length - 1
  const area = areaOf(last)
  const withHeight = (height: number) => (p: number) => (p === last ? { ...area, height } : areaOf(p))
  const fits = (height: number) => fill(input, withHeight(height), columns).pages.length === filled.pages.length
  // Pages before the last are filled the same whatever its height: search the shortest that still fits.
  let [short, tall] = [0, area.height]
  if (fits(short)) return filled
  while (tall - short > 0.25) {
    const mid = (short + tall) / 2
    if (fits(mid)) tall = mid
    else short = mid
  }
  return fill(input, withHeight(tall), columns)
}

function fill(input: readonly Slab[], areaOf: (page: number) => Rect, columns: Columns): Pagination {
  const slabs = input.slice()
  const pages: PaginatedPage[] = []
  const bookmarks: Bookmark[] = []
  const blockPages = new Map<number, number>()
  let overflows = 0
  let page = 0
  let column = 0
  let top = 0
  let placed: { slab: number; y: number }[] = []
  let used = 0

  const pageOut = (p: number) => (pages[p] ??= { lines: [], items: [] })
  const put = (slab: Slab, x: number, y: number) => {
    const out = pageOut(page)
    for (const line of slab.lines) out.lines.push(shiftLine(line, x, y))
    for (const item of slab.items) out.items.push(shiftItem(item, x, y))
    if (slab.bookmark) bookmarks.push({ ...slab.bookmark, page, y })
    if (slab.block !== undefined && !blockPages.has(slab.block)) blockPages.set(slab.block, page)
  }
  const finishColumn = () => {
    const area = areaOf(page)
    const x = area.left + column * (columns.width + columns.gap)
    for (const p of placed) put(slabs[p.slab]!, x, area.top + top + p.y)
    placed = []
    used = 0
  }
  const nextColumn = () => {
    finishColumn()
    column++
    if (column === columns.count) {
      column = 0
      page++
      top = 0
    }
  }

  /** Sets the paragraph above slab `end` in this column that stretches least one line longer; false if none can be. */
  const lengthenBefore = (end: number): boolean => {
    let best: { at: number; slabs: Slab[]; stretch: number } | undefined
    for (const { slab: at } of placed) {
      const s = slabs[at]!
      if (!s.loosen || at + s.loosen.count > end) continue
      const longer = s.loosen.make()
      if (longer && (!best || longer.stretch < best.stretch)) best = { at, ...longer }
    }
    if (!best) return false
    const s = slabs[best.at]!
    const count = s.loosen!.count
    const longer = best.slabs
    // The longer paragraph takes over the first slab's space, keeps and bookmark; it is not lengthened twice.
    longer[0] = { ...longer[0]!, spaceBefore: s.spaceBefore, breakBefore: s.breakBefore, bookmark: s.bookmark, loosen: undefined }
    for (const slab of longer) slab.block = s.block
    for (let j = 1; j < count; j++) if (!slabs[best.at + j]!.breakBefore) longer[j]!.breakBefore = false
    slabs.splice(best.at, count, ...longer)
    return true
  }

  let i = 0
  // The title block spans the columns at the top of the first page.
  if (columns.count > 1) {
    const area = areaOf(0)
    for (; i < slabs.length && slabs[i]!.spanColumns; i++) {
      const s = slabs[i]!
      top += i ? s.spaceBefore : 0
      put(s, area.left, area.top + top)
      top += s.height
    }
    // The space between the title block and the text stays, though it opens each column.
    top += slabs[i]?.spaceBefore ?? 0
  }
  while (i < slabs.length) {
    const s = slabs[i]!
    const height = areaOf(page).height - top
    const space = placed.length ? s.spaceBefore : 0
    if (used + space + s.height <= height + EPS || !placed.length) {
      if (!placed.length && s.height > height + EPS) overflows++
      placed.push({ slab: i, y: used + space })
      used += space + s.height
      i++
      continue
    }
    let cut = placed.length
    if (!s.breakBefore) {
      let k = placed.length - 1
      while (k > 0 && !slabs[placed[k]!.slab]!.breakBefore) k--
      if (k > 0) cut = k
    }
    if (cut < placed.length && lengthenBefore(placed[cut]!.slab)) {
      i = placed[0]!.slab
      placed = []
      used = 0
      continue
    }
    const moved = placed.splice(cut)
    nextColumn()
    if (moved.length) i = moved[0]!.slab
  }
  finishColumn()
  pageOut(page)
  return { pages, bookmarks, blockPages, overflows }
}
