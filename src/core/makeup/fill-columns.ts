import type { Flow, Frame } from '../typeset/flow'
import { flowSlabs } from '../typeset/flow'
import type { Slab } from '../typeset/slab'

/**
 * A frame's text columns filled with slabs. Where the text ends in the frame its columns are balanced:
 * set as short as they can be while holding the same text, with bottoms that differ by at most one
 * row (the later columns the shorter), as a newspaper story ends in columns of even length rather
 * than in full columns and a stub.
 */

export interface TextColumn {
  left: number
  top: number
  width: number
  /** Where the column may go down to, pt. */
  bottom: number
}

export interface FilledColumns {
  flow: Flow
  /** Per column, where its text ends (its top when it holds none). */
  ends: number[]
  /** Rows every column could give up with the text still fitting (0 unless the text ends here). */
  spare: number
}

const EPS = 1e-6

function flowInto(slabs: readonly Slab[], page: number, columns: readonly TextColumn[], bottoms: readonly number[], measureOnly = false): FilledColumns {
  // A column with no room for a row takes no text: an empty frame would still take one slab.
  const open = columns.map((c, i) => ({ c, i, height: bottoms[i]! - c.top })).filter((o) => o.height > EPS)
  const flow = flowSlabs(
    slabs,
    (k): Frame | undefined => {
      const o = open[k]
      return o && { page, left: o.c.left, top: o.c.top, width: o.c.width, height: o.height }
    },
    measureOnly,
  )
  const ends = columns.map((c) => c.top)
  flow.frames.forEach((f, k) => {
    if (f.used > EPS) ends[open[k]!.i] = f.frame.top + f.used
  })
  return { flow, ends, spare: 0 }
}

/** Bottoms within `rows` rows of each other, and every column with room for text holding some. */
function even(filled: FilledColumns, columns: readonly TextColumn[], bottoms: readonly number[], pitch: number, rows: number): boolean {
  const used = filled.ends.filter((_, i) => bottoms[i]! - columns[i]!.top > pitch - EPS)
  const held = filled.ends.every((end, i) => end > columns[i]!.top + EPS || bottoms[i]! - columns[i]!.top < pitch - EPS)
  return held && Math.max(...used) - Math.min(...used) <= rows * pitch + EPS
}

/**
 * How far each of `n` columns ends above the deepest, in rows, families best first, with the spread each
 * allows: the first `d` columns deepest and the rest a row higher; else the last `d` deepest (a last column
 * a row deeper reads better than an empty one, 开天窗); else stepping down twice (6·6·5·5·4·4).
 */
function shapes(n: number): { steps: ((i: number) => number)[]; spread: number }[] {
  const cuts = Array.from({ length: n }, (_, k) => k + 1)
  return [
    { steps: cuts.map((d) => (i: number) => (i < d ? 0 : 1)), spread: 1 },
    { steps: cuts.slice(0, -1).map((d) => (i: number) => (i >= n - d ? 0 : 1)), spread: 1 },
    { steps: cuts.flatMap((d1) => cuts.filter((d2) => d2 > d1 && d2 < n).map((d2) => (i: number) => (i < d1 ? 0 : i < d2 ? 1 : 2))), spread: 2 },
  ]
}

export function fillColumns(slabs: readonly Slab[], page: number, columns: readonly TextColumn[], pitch: number, balance: boolean): FilledColumns {
  const full = flowInto(slabs, page, columns, columns.map((c) => c.bottom), balance)
  if (!balance || !columns.length) return full
  if (full.flow.rest.length) return flowInto(slabs, page, columns, columns.map((c) => c.bottom))
  const floor = Math.max(...columns.map((c) => c.bottom))
  const lifted = (rows: number, steps: (i: number) => number = () => 0) => columns.map((c, i) => Math.min(c.bottom, floor - (rows + steps(i)) * pitch))
  const fits = (bottoms: readonly number[]) => {
    const filled = flowInto(slabs, page, columns, bottoms, true)
    return filled.flow.rest.length ? undefined : filled
  }
  // The most rows every column can give up with the text still fitting (fitting is monotone in height).
  let [lo, hi] = [0, Math.round((floor - Math.min(...columns.map((c) => c.top))) / pitch)]
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (fits(lifted(mid))) lo = mid
    else hi = mid - 1
  }
  // Then the shallowest setting of the shapes, in their order, that holds the text evenly: widows and
  // orphans can forbid the first; failing all, every column at that bottom (the empty rows are reported).
  for (const { steps, spread } of shapes(columns.length)) {
    for (let rows = lo; rows >= Math.max(0, lo - 2); rows--) {
      for (const step of steps) {
        const bottoms = lifted(rows, step)
        const filled = fits(bottoms)
        if (filled && even(filled, columns, bottoms, pitch, spread)) return { ...flowInto(slabs, page, columns, bottoms), spare: lo }
      }
    }
  }
  return { ...flowInto(slabs, page, columns, lifted(lo)), spare: lo }
}
