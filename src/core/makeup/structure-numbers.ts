import type { Line, PageItem, Structure } from '../typeset/frame'

/**
 * Tagged PDF wants one number per structure element in a whole layout (docs/architecture.md), but a
 * page's stories are composed in parts — each frame's headline, the spanned lead image, the body —
 * and each part numbers its elements from 0. A thread numbers its parts' elements in one sequence, in
 * the order they are placed; the page makeup then moves each thread's numbers past the previous
 * thread's, so a screen reader reads the page story by story, each headline before its text.
 */

export interface PartNumbering {
  line(part: string, line: Line): Line
  item(part: string, item: PageItem): PageItem
}

/** Numbers each (part, element) pair in the order first met. */
export function partNumbering(): PartNumbering {
  const numbers = new Map<string, number>()
  const number = (part: string, s: Structure): Structure => {
    const key = `${part}\u0000${s.element}`
    let n = numbers.get(key)
    if (n === undefined) numbers.set(key, (n = numbers.size))
    return { ...s, element: n }
  }
  return {
    line: (part, l) => (l.structure ? { ...l, structure: number(part, l.structure) } : l),
    item: (part, i) => (i.kind === 'image' && i.structure ? { ...i, structure: number(part, i.structure) } : i),
  }
}

const moved = (s: Structure, by: number): Structure => ({ ...s, element: s.element + by })

/**
 * The lines' and items' elements numbered from `from` on, and the number after their last. From 0 the
 * very objects come back: the first story's placed lines stay the ones the composer keeps.
 */
export function numberFrom(from: number, lines: readonly Line[], items: readonly PageItem[]): { lines: readonly Line[]; items: readonly PageItem[]; next: number } {
  let next = from
  const seen = (s: Structure) => (next = Math.max(next, from + s.element + 1))
  const line = (l: Line) => (l.structure ? (seen(l.structure), from ? { ...l, structure: moved(l.structure, from) } : l) : l)
  const item = (i: PageItem) => (i.kind === 'image' && i.structure ? (seen(i.structure), from ? { ...i, structure: moved(i.structure, from) } : i) : i)
  return { lines: lines.map(line), items: items.map(item), next }
}
