import type { LineMeasure, LineRange } from './line-measure'
import { EPS } from './line-measure'

/**
 * Break elsewhere (clreq §3.8 lets a line's slack go nowhere but between its characters): a loose line
 * and up to three lines above it broken again so that they share its slack — the legal breaks that make
 * the loosest of them least loose, in as many lines. A small Knuth–Plass over a window, run only when a
 * line would pass the stretch cap.
 */

export interface ShareOptions {
  firstMeasure: number
  measure: number
  trimLineStartOpening: boolean
  maxPushIn: number
  /** The cap, pt: no line of the result may open gaps wider than twice it. */
  maxStretch: number
}

/** How many lines (the loose one and those above it) may be broken again. */
const WINDOW = 4

interface Choice {
  /** The loosest line's even gap, and the sum of squares as a tie-break. */
  worst: number
  sum: number
  ends: number[]
}

/**
 * The loose line `next` (to follow `lines`) and the lines above it broken again, if the loosest is then
 * within `accept` and looser than before. Returns the index of the first line broken again and the
 * lines from there, `next`'s replacement last; undefined when no other breaks do better.
 */
export function shareSlack(m: LineMeasure, lines: readonly LineRange[], next: LineRange, accept: number, o: ShareOptions): { first: number; window: LineRange[] } | undefined {
  const all = [...lines.slice(-(WINDOW - 1)), next]
  const offset = lines.length + 1 - all.length
  const last = all.length - 1
  let first = last
  while (first > 0 && !all[first - 1]!.hang) first--
  if (first === last) return undefined
  const from = all[first]!.start
  const to = next.end
  /** A line's even gap; undefined when it does not fit or would open gaps past twice the cap. A part of a URL alone on its line, which cannot stretch, costs nothing. */
  const looseness = (line: number, start: number, end: number) => {
    const avail = offset + line === 0 ? o.firstMeasure : o.measure
    const trimStart = offset + line > 0 && o.trimLineStartOpening
    const width = m.lineWidth(start, end, trimStart)
    if (width > avail + EPS && (width - avail > o.maxPushIn + EPS || m.minLineWidth(start, end, trimStart) > avail + EPS)) return undefined
    const stretch = Math.max(0, m.stretchOf(start, end, avail, trimStart))
    if (stretch === Infinity) return m.latinOnly(start, end) ? 0 : undefined
    return stretch > o.maxStretch * 2 ? undefined : stretch
  }
  const ends: number[] = []
  for (let t = from; t < to; t++) if (m.seg.atoms[t]!.kind !== 'space' && m.canBreakAfter(t)) ends.push(t)
  ends.push(to)
  let layer = new Map<number, Choice>()
  for (const e of ends) {
    const c = looseness(first, from, e)
    if (c !== undefined) layer.set(e, { worst: c, sum: c * c, ends: [e] })
  }
  for (let line = first + 1; line <= last; line++) {
    const following = new Map<number, Choice>()
    for (const e of line === last ? [to] : ends) {
      for (const [prevEnd, choice] of layer) {
        if (prevEnd >= e) continue
        const c = looseness(line, m.lineStart(prevEnd), e)
        if (c === undefined) continue
        const worst = Math.max(choice.worst, c)
        const sum = choice.sum + c * c
        const held = following.get(e)
        if (!held || worst < held.worst - EPS || (Math.abs(worst - held.worst) <= EPS && sum < held.sum)) following.set(e, { worst, sum, ends: [...choice.ends, e] })
      }
    }
    layer = following
  }
  const best = layer.get(to)
  const before = Math.max(...all.slice(first).map((l, k) => looseness(first + k, l.start, l.end) ?? Infinity))
  if (!best || best.worst >= before - EPS || best.worst > accept + EPS) return undefined
  let start = from
  const window = best.ends.map((end) => {
    const line = { start, end }
    start = m.lineStart(end)
    return line
  })
  return { first: offset + first, window }
}
