import type { Line, PageItem, Structure } from './frame'

/**
 * A piece of the vertical list that pagination moves as a whole: one line of text, or a figure with
 * its caption. Coordinates are relative to the slab's column edge and its top.
 */
export interface Slab {
  height: number
  /** Space above it, dropped at the top of a page or column. */
  spaceBefore: number
  lines: Line[]
  items: PageItem[]
  /** Whether a page or column may end just above this slab (keeps, widows and orphans). */
  breakBefore: boolean
  /** Set across all columns above the text (the title block). */
  spanColumns?: true
  bookmark?: { title: string; level: number }
  /** Index of the article block it was set from (absent for the title block), for 转到光标所在页. */
  block?: number
  /** The structure element its text belongs to (a figure slab's caption lines become its Caption). */
  structure?: Structure
  /**
   * On the first slab of a paragraph that can be set one line longer (伸行): its slab count and the
   * longer setting with the widest gap it opens (em). Pagination uses it to keep a 公文 page full
   * when a heading must move on.
   */
  loosen?: { count: number; make: () => { slabs: Slab[]; stretch: number } | undefined }
}

/** A slab's lines and items placed at (dx, dy), each carrying the slab's structure element. */
export function placeSlab(slab: Slab, dx: number, dy: number): { lines: Line[]; items: PageItem[] } {
  const { structure } = slab
  const lines = slab.lines.map((l) => {
    const line = shiftLine(l, dx, dy)
    if (structure) line.structure = l.role === 'caption' ? { ...structure, type: 'Caption' } : structure
    return line
  })
  const items = slab.items.map((i) => {
    const item = shiftItem(i, dx, dy)
    if (structure && item.kind === 'image') item.structure = { ...structure, type: 'Figure' }
    return item
  })
  return { lines, items }
}

export function shiftLine(line: Line, dx: number, dy: number): Line {
  return {
    ...line,
    x: line.x + dx,
    start: line.start + dx,
    baseline: line.baseline + dy,
    runs: line.runs.map((r) => ({ ...r, x: r.x + dx, y: r.y + dy })),
  }
}

export function shiftItem(item: PageItem, dx: number, dy: number): PageItem {
  switch (item.kind) {
    case 'rule':
      return { ...item, x1: item.x1 + dx, x2: item.x2 + dx, y1: item.y1 + dy, y2: item.y2 + dy }
    case 'box':
    case 'dot':
    case 'image':
      return { ...item, x: item.x + dx, y: item.y + dy }
  }
}
