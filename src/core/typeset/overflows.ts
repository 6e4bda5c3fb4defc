import type { Overflow, Page } from './frame'
import type { Slab } from './slab'

/**
 * What did not fit, found in the finished pages: lines wider than their column (a run with no place
 * to break that is wider than the whole line) and slabs taller than their column. Preflight reads the
 * list; the reader gets one warning each.
 */

const EPS = 0.01
const MM = 72 / 25.4

function excerpt(text: string): string {
  return text.length > 16 ? `${text.slice(0, 16)}…` : text
}

/** What an article's own pages cannot fit (overset belongs to a page compositor's frames). */
export type ColumnOverflow = Extract<Overflow, { kind: 'line' | 'block' }>

export function findOverflows(pages: readonly Page[], tooTall: readonly { slab: Slab; page: number; by: number }[]): ColumnOverflow[] {
  const out: ColumnOverflow[] = []
  pages.forEach((page, p) => {
    for (const line of page.lines) {
      const by = line.width - (line.overhang ?? 0) - line.measure
      if (line.role !== 'furniture' && by > EPS) out.push({ kind: 'line', page: p, text: line.text, by })
    }
  })
  for (const t of tooTall) out.push({ kind: 'block', page: t.page, text: t.slab.lines.map((l) => l.text).join(''), by: t.by })
  return out
}

export function overflowWarning(o: ColumnOverflow): string {
  const text = o.text ? `「${excerpt(o.text)}」` : ''
  const mm = (o.by / MM).toFixed(1)
  return o.kind === 'line' ? `第 ${o.page + 1} 页有一行排不进栏宽，超出 ${mm} 毫米：${text}。` : `第 ${o.page + 1} 页有内容比一整栏还高，超出版心 ${mm} 毫米${text ? `：${text}` : ''}。`
}
