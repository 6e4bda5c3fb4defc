import type { Bookmark, Line, PageItem } from './frame'
import type { Slab } from './slab'
import { placeSlab } from './slab'
import type { Frame, Flow } from './flow'
import { flowSlabs } from './flow'

/**
 * A preset's pages: the title block across the columns at the top of the first page, then the body
 * flowed into each page's columns, left to right (`flowSlabs`). In columns, the last page is balanced:
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
  tooTall: Flow['tooTall']
}

export function paginate(input: readonly Slab[], areaOf: (page: number) => Rect, columns: Columns): Pagination {
  const spanning = columns.count > 1 ? input.findIndex((s) => !s.spanColumns) : 0
  const head = input.slice(0, spanning < 0 ? input.length : spanning)
  const body = input.slice(head.length)
  // The space between the title block and the text stays, though it opens each column.
  const headHeight = head.reduce((h, s, k) => h + (k ? s.spaceBefore : 0) + s.height, 0) + (columns.count > 1 ? (body[0]?.spaceBefore ?? 0) : 0)

  /** Each page's columns, the first page's below the title block; the last page `lastHeight` high when given. */
  const framesOf = (last?: { page: number; height: number }) => (index: number): Frame => {
    const page = Math.floor(index / columns.count)
    const area = areaOf(page)
    const top = page === 0 ? headHeight : 0
    const height = page === last?.page ? last.height : area.height
    return { page, left: area.left + (index % columns.count) * (columns.width + columns.gap), top: area.top + top, width: columns.width, height: height - top }
  }
  const pageCount = (flow: Flow) => flow.frames[flow.frames.length - 1]!.frame.page + 1
  let flow = flowSlabs(body, framesOf())
  if (columns.count > 1) {
    const last = pageCount(flow) - 1
    const fits = (height: number) => pageCount(flowSlabs(body, framesOf({ page: last, height }))) === last + 1
    // Pages before the last are filled the same whatever its height: search the shortest that still fits.
    let [short, tall] = [0, areaOf(last).height]
    if (!fits(short)) {
      while (tall - short > 0.25) {
        const mid = (short + tall) / 2
        if (fits(mid)) tall = mid
        else short = mid
      }
      flow = flowSlabs(body, framesOf({ page: last, height: tall }))
    }
  }
  return assemble(head, flow, areaOf(0))
}

function assemble(head: readonly Slab[], flow: Flow, first: Rect): Pagination {
  const pages: PaginatedPage[] = Array.from({ length: flow.frames[flow.frames.length - 1]!.frame.page + 1 }, () => ({ lines: [], items: [] }))
  const bookmarks: Bookmark[] = []
  let top = 0
  head.forEach((s, k) => {
    top += k ? s.spaceBefore : 0
    const y = first.top + top
    const { lines, items } = placeSlab(s, first.left, y)
    pages[0]!.lines.push(...lines)
    pages[0]!.items.push(...items)
    if (s.bookmark) bookmarks.push({ ...s.bookmark, page: 0, y })
    top += s.height
  })
  for (const { frame, lines, items } of flow.frames) {
    pages[frame.page]!.lines.push(...lines)
    pages[frame.page]!.items.push(...items)
  }
  return { pages, bookmarks: [...bookmarks, ...flow.bookmarks], blockPages: flow.blockPages, tooTall: flow.tooTall }
}
