import type { Atom, Gap, Segmented } from './segment'
import type { Glyph } from './frame'
import { evenStretch } from './justify'
import { canEndLine, canStartLine } from './char-classes'
import type { LineMeasure } from './line-measure'
import { EPS } from './line-measure'
import type { WordBreakClass } from './word-breaks'
import { wordBreaks } from './word-breaks'

/**
 * Breaking a Latin run (word, number, URL) inside a line: where to cut it so that the line ends with
 * its first part, and the cut itself, which leaves the run's glyphs as they were shaped.
 */

/** A part of a broken run keeps at least this many characters on either side (one more at any character). */
const MIN_PART = 2

export interface RunBreak {
  /** UTF-16 offset in the run's text. */
  at: number
  /** The line stays within the stretch cap (or, if it is only this run and cannot stretch, is two thirds full). */
  good: boolean
}

export interface RunBreakOptions {
  avail: number
  trimStart: boolean
  /** Places of class 3 (any character) are allowed. */
  anywhere: boolean
  /** The cap, pt. */
  maxStretch: number
  /** The run's first piece may be cut though the run could go down whole: the line would gape past twice the cap. */
  intoFirstPiece?: boolean
  shape: ShapePart
}

/**
 * Where to cut the Latin atom at `q` so that a line from `start` ends with its first part: the latest
 * place of the best class that is `good`, else the latest place that fits at all; none when no place fits.
 * A run that starts the line (nothing before it can end one) breaks at its own places (class 1, 2) whenever
 * one fits: the line cannot stretch, so a fuller line is not worth a cut inside a name or a number
 * (「download?id=2025112」「0&format…」). Class 3 is for a run wider than the line (`anywhere`, the caller's call),
 * and cuts into the first piece of a run that can go down (「https:」「//…」) only when asked (`intoFirstPiece`).
 */
export function findRunBreak(m: LineMeasure, start: number, q: number, o: RunBreakOptions): RunBreak | undefined {
  const { seg } = m
  const a = seg.atoms[q]!
  if (a.kind !== 'latin' || a.text.length < 2 * MIN_PART) return undefined
  const before = q > start ? m.span(start, q - 1) + seg.gaps[q - 1]!.base - m.startTrim(start, o.trimStart) : 0
  // Breaks fall between clusters; the first part is measured as it will be shaped on its own.
  const clusters = new Set(a.glyphs.map((g) => g.start))
  const places = wordBreaks(a.text)
  const alone = startsLine(m, start, q)
  // Unless the run starts the line, not inside its first piece (「https://」): the run goes down whole instead.
  let firstPiece = 0
  if (!alone && !o.intoFirstPiece) for (const [at, cls] of places) if (cls < 3 && (!firstPiece || at < firstPiece)) firstPiece = at
  const fitting: Fitting[] = []
  for (const [at, cls] of places) {
    const part = cls === 3 ? MIN_PART + 1 : MIN_PART
    if (!clusters.has(at) || at < part || a.text.length - at < part || (cls === 3 && !o.anywhere)) continue
    if (!canEndLine(a.text[at - 1]!) || !canStartLine(a.text[at]!) || (cls === 3 && at < firstPiece)) continue
    const slack = o.avail - before - o.shape(a, a.text.slice(0, at)).width
    if (slack >= -EPS) fitting.push({ at, cls, slack })
  }
  const own = fitting.filter((f) => f.cls < 3)
  const usable = own.length && alone ? own : fitting
  if (!usable.length) return undefined
  const byPlace = (x: { at: number }, y: { at: number }) => y.at - x.at
  const good = (f: { slack: number }) => {
    const stretch = evenStretch(seg, start, q, f.slack)
    return stretch <= o.maxStretch + EPS || (stretch === Infinity && f.slack <= o.avail / 3)
  }
  const byClass = (x: { cls: number; at: number }, y: { cls: number; at: number }) => x.cls - y.cls || byPlace(x, y)
  const best = usable.filter(good).sort(byClass)[0]
  if (best) return { at: best.at, good: true }
  // None is good: the best kind of break that leaves the line two thirds full, else the fullest line.
  const full = usable.filter((f) => f.slack <= o.avail / 3 + EPS).sort(byClass)[0]
  return { at: (full ?? usable.sort(byPlace)[0]!).at, good: false }
}

/** Nothing before the run at `q` on a line from `start` can end a line: the run cannot go down whole. */
function startsLine(m: LineMeasure, start: number, q: number): boolean {
  for (let k = start; k < q; k++) if (m.canBreakAfter(k)) return false
  return true
}

interface Fitting {
  at: number
  cls: WordBreakClass
  /** What the line would have left, pt. */
  slack: number
}

/** Shapes a part of a broken run afresh in its atom's face (the kerning across the break goes with it), and its set width, pt. */
export type ShapePart = (atom: Atom, text: string) => { glyphs: readonly Glyph[]; width: number; inkOffset: number }

/** A Latin atom cut at `at` (a cluster boundary) into two atoms, each part shaped on its own. */
function cutAtom(a: Atom, at: number, shape: ShapePart): [Atom, Atom] {
  const part = (text: string): Atom => ({ ...a, text, ...shape(a, text), noStart: !canStartLine(text[0]!), noEnd: !canEndLine(text[text.length - 1]!) })
  return [part(a.text.slice(0, at)), part(a.text.slice(at))]
}

/** Nothing between the two parts: no space, no stretch; a line may end there. */
const RUN_BREAK: Gap = { base: 0, stretch: 'none', breakable: true }

/** Cuts the atom at `k` in place (`seg` belongs to the breaker): atoms after it move up by one. */
export function splitRun(seg: Segmented, k: number, at: number, shape: ShapePart): void {
  seg.atoms.splice(k, 1, ...cutAtom(seg.atoms[k]!, at, shape))
  seg.gaps.splice(k, 0, RUN_BREAK)
}
