import type { Atom } from './segment'
import type { LineMeasure, LineRange } from './line-measure'
import { EPS } from './line-measure'

/**
 * Breaks chosen together rather than one line at a time (a small Knuth–Plass): atoms from..to in
 * exactly `count` lines, the legal breaks that make the loosest line least loose. The line breaker uses
 * it to let a loose line share its slack with the lines above it (clreq §3.8 allows slack nowhere but
 * between characters), and 伸行 to set a paragraph one line longer with the slack spread over all of it.
 */

export interface EvenOptions {
  firstMeasure: number
  measure: number
  trimLineStartOpening: boolean
  maxPushIn: number
  /** Fewest characters on a paragraph's last line. */
  lastLineMin: number
}

export interface EvenRequest {
  /** Index in the paragraph of the first line to set (line 0 has the first-line measure). */
  firstLine: number
  from: number
  to: number
  count: number
  /** The last line is the paragraph's last: it is not stretched, and must not be too short to stand. */
  lastIsFinal: boolean
  /** No line may open gaps wider than this, pt. */
  limit: number
}

export interface EvenBreaks {
  lines: LineRange[]
  /** The loosest line's even gap, pt. */
  worst: number
}

/**
 * A last line too short to stand: a lone Han character (with its marks, up to three characters in
 * all), or fewer characters than the preset asks for (clreq §3.1.8, ctex CheckSingle).
 */
export function isShortLastLine(atoms: readonly Atom[], start: number, end: number, min: number): boolean {
  let han = 0
  let chars = 0
  for (let k = start; k <= end; k++) {
    const a = atoms[k]!
    if (a.kind === 'space') continue
    if (a.kind === 'han') han++
    chars += [...a.text].length
  }
  return (han <= 1 && chars <= 3) || chars < min
}

/** Index of the first of the sorted `ends` at or after `start`. */
function firstEndFrom(ends: readonly number[], start: number): number {
  let [lo, hi] = [0, ends.length]
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ends[mid]! < start) lo = mid + 1
    else hi = mid
  }
  return lo
}

interface Choice {
  /** The loosest line's even gap, and the sum of squares as a tie-break. */
  worst: number
  sum: number
  ends: number[]
}

/**
 * The even gap line `line` of the paragraph (start..end) opens when justified, pt: 0 when it is squeezed
 * instead; 0 for a part of a URL alone on its line and at least two thirds of it, which cannot stretch
 * and need not; Infinity for any other line that cannot stretch (a word's tail alone on a line is a hole
 * in the column).
 */
export function looseness(m: LineMeasure, o: EvenOptions, line: number, start: number, end: number): number {
  const first = line === 0
  const avail = first ? o.firstMeasure : o.measure
  const trimStart = !first && o.trimLineStartOpening
  const stretch = Math.max(0, m.stretchOf(start, end, avail, trimStart))
  const fullEnough = () => avail - m.lineWidth(start, end, trimStart) <= avail / 3 + EPS
  return stretch === Infinity && m.latinOnly(start, end) && fullEnough() ? 0 : stretch
}

export function breakEvenly(m: LineMeasure, o: EvenOptions, r: EvenRequest): EvenBreaks | undefined {
  const atoms = m.seg.atoms
  /** A line's cost; undefined when it does not fit, passes the limit, or is a last line too short to stand. */
  const cost = (line: number, start: number, end: number, final: boolean) => {
    const first = r.firstLine + line === 0
    const avail = first ? o.firstMeasure : o.measure
    const trimStart = !first && o.trimLineStartOpening
    const width = m.lineWidth(start, end, trimStart)
    if (width > avail + EPS && (width - avail > o.maxPushIn + EPS || m.minLineWidth(start, end, trimStart) > avail + EPS)) return undefined
    if (final) return isShortLastLine(atoms, start, end, o.lastLineMin) ? undefined : 0
    const stretch = looseness(m, o, r.firstLine + line, start, end)
    return stretch > r.limit + EPS ? undefined : stretch
  }
  const ends: number[] = []
  for (let t = r.from; t < r.to; t++) if (atoms[t]!.kind !== 'space' && m.canBreakAfter(t)) ends.push(t)
  ends.push(r.to)
  let layer = new Map<number, Choice>([[r.from - 1, { worst: 0, sum: 0, ends: [] }]])
  for (let line = 0; line < r.count; line++) {
    const last = line === r.count - 1
    const following = new Map<number, Choice>()
    for (const [prevEnd, choice] of layer) {
      const start = line === 0 ? r.from : m.lineStart(prevEnd)
      for (const e of last ? [r.to] : ends.slice(firstEndFrom(ends, start))) {
        if (e < start) continue
        const c = cost(line, start, e, last && r.lastIsFinal)
        if (c === undefined) {
          if (m.lineWidth(start, e, false) > o.measure + o.maxPushIn + EPS) break
          continue
        }
        const worst = Math.max(choice.worst, c)
        const sum = choice.sum + c * c
        const held = following.get(e)
        if (!held || worst < held.worst - EPS || (Math.abs(worst - held.worst) <= EPS && sum < held.sum)) following.set(e, { worst, sum, ends: [...choice.ends, e] })
      }
    }
    layer = following
  }
  const best = layer.get(r.to)
  if (!best) return undefined
  let start = r.from
  const lines = best.ends.map((end) => {
    const line = { start, end }
    start = m.lineStart(end)
    return line
  })
  return { lines, worst: best.worst }
}
