import type { Atom, Gap, Segmented } from './segment'
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
}

/**
 * Where to cut the Latin atom at `q` so that a line from `start` ends with its first part: the latest
 * place of the best class that is `good`, else the latest place that fits at all; none when no place fits.
 */
export function findRunBreak(m: LineMeasure, start: number, q: number, o: RunBreakOptions): RunBreak | undefined {
  const { seg } = m
  const a = seg.atoms[q]!
  if (a.kind !== 'latin' || a.text.length < 2 * MIN_PART) return undefined
  const before = q > start ? m.span(start, q - 1) + seg.gaps[q - 1]!.base - m.startTrim(start, o.trimStart) : 0
  const headWidth = new Map<number, number>()
  let w = 0
  for (const g of a.glyphs) {
    if (!headWidth.has(g.start)) headWidth.set(g.start, w)
    w += g.advance * a.style.size
  }
  const fitting: { at: number; cls: WordBreakClass; slack: number }[] = []
  for (const [at, cls] of wordBreaks(a.text)) {
    const head = headWidth.get(at)
    const part = cls === 3 ? MIN_PART + 1 : MIN_PART
    if (head === undefined || at < part || a.text.length - at < part || (cls === 3 && !o.anywhere)) continue
    if (!canEndLine(a.text[at - 1]!) || !canStartLine(a.text[at]!)) continue
    const slack = o.avail - before - head
    if (slack >= -EPS) fitting.push({ at, cls, slack })
  }
  if (!fitting.length) return undefined
  const byPlace = (x: { at: number }, y: { at: number }) => y.at - x.at
  const good = (f: { slack: number }) => {
    const stretch = evenStretch(seg, start, q, f.slack)
    return stretch <= o.maxStretch + EPS || (stretch === Infinity && f.slack <= o.avail / 3)
  }
  const best = fitting.filter(good).sort((x, y) => x.cls - y.cls || byPlace(x, y))[0]
  return best ? { at: best.at, good: true } : { at: fitting.sort(byPlace)[0]!.at, good: false }
}

/** A Latin atom cut at `at` (a cluster boundary): the two parts keep their glyphs as shaped. */
function cutAtom(a: Atom, at: number): [Atom, Atom] {
  const part = (text: string, glyphs: Atom['glyphs']): Atom => {
    let w = 0
    for (const g of glyphs) w += g.advance
    return { ...a, text, glyphs, width: w * a.style.size, inkOffset: 0, noStart: !canStartLine(text[0]!), noEnd: !canEndLine(text[text.length - 1]!) }
  }
  const head = a.glyphs.filter((g) => g.end <= at)
  const tail = a.glyphs.filter((g) => g.start >= at).map((g) => ({ ...g, start: g.start - at, end: g.end - at }))
  return [part(a.text.slice(0, at), head), part(a.text.slice(at), tail)]
}

/** Nothing between the two parts: no space, no stretch; a line may end there. */
const RUN_BREAK: Gap = { base: 0, stretch: 'none', breakable: true }

/** Cuts the atom at `k` in place (`seg` belongs to the breaker): atoms after it move up by one. */
export function splitRun(seg: Segmented, k: number, at: number): void {
  seg.atoms.splice(k, 1, ...cutAtom(seg.atoms[k]!, at))
  seg.gaps.splice(k, 0, RUN_BREAK)
}
