import type { Bookmark, Line, PageItem } from './frame'
import type { Slab } from './slab'
import { shiftItem, shiftLine } from './slab'

/**
 * Fills pages (and their columns) with slabs. When a slab does not fit, the column ends at the last
 * place a break is allowed — so headings stay with the lines after them, images with their captions,
 * and paragraphs keep their widows and orphans — or, if there is none, where the slab overflowed.
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
  /** Slabs taller than a whole column, placed anyway. */
  overflows: number
}

const EPS = 1e-6

export function paginate(slabs: readonly Slab[], areaOf: (page: number) => Rect, columns: Columns): Pagination {
  const pages: PaginatedPage[] = []
  const bookmarks: Bookmark[] = []
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
    const moved = placed.splice(cut)
    nextColumn()
    if (moved.length) i = moved[0]!.slab
  }
  finishColumn()
  pageOut(page)
  return { pages, bookmarks, overflows }
}
