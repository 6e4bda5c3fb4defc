import type { Atom, Segmented } from './segment'
import type { CharKind } from './char-classes'
import { lineEndTrim, lineStartTrim, remainingBlank, setWidth } from './compress-punctuation'
import { evenStretch, gapShrink } from './justify'

/**
 * Widths of candidate lines over a paragraph's atoms, for the line breaker and its helpers. With
 * `cells` (a 公文 grid) every mark keeps its whole cell, at a line's edges too, and nothing squeezes:
 * a full line holds the grid's count of characters, each in its cell.
 */

export const EPS = 1e-6

export interface LineRange {
  /** First and last atom, inclusive, without the spaces at either edge. */
  start: number
  end: number
  /** The last atom, a pause or stop mark, is set outside the measure. */
  hang?: true
}

/** What a line of a Latin run may hold: its parts, spaces and the brackets that enclose it (held to it, segment.ts). */
const LATIN_LINE: ReadonlySet<CharKind> = new Set(['latin', 'space', 'open', 'close'])

export function isSpace(a: Atom | undefined): boolean {
  return a?.kind === 'space'
}

export interface LineMeasure {
  seg: Segmented
  /** Whether a line may end after atom k (the last atom always may). */
  canBreakAfter(k: number): boolean
  /** The first atom of the line after one ending at `end` (spaces skipped). */
  lineStart(end: number): number
  /** `end` moved back over spaces. */
  trimEnd(start: number, end: number): number
  /** Natural width of start..end set as a line: the line-end mark at ½ em, an opening mark at the start at ½ em when `trimStart`. */
  lineWidth(start: number, end: number, trimStart: boolean): number
  /** What an opening mark at a line's start gives up, when `trimStart`. */
  startTrim(start: number, trimStart: boolean): number
  /** Width of start..end without either edge's trim. */
  span(start: number, end: number): number
  /** The narrowest start..end can be set: the marks inside it compressed, Han–Latin spaces at ⅛ em. */
  minLineWidth(start: number, end: number, trimStart: boolean): number
  /** The even gap setting start..end to `avail` would open, with marks compressed as they will be set, pt. */
  stretchOf(start: number, end: number, avail: number, trimStart: boolean): number
  /** Only Latin runs (with spaces and the brackets round them): a line that cannot stretch and need not. */
  latinOnly(start: number, end: number): boolean
}

export function lineMeasure(seg: Segmented, cells: boolean): LineMeasure {
  const span = (start: number, end: number): number => {
    let w = 0
    for (let k = start; k <= end; k++) {
      w += setWidth(seg.atoms[k]!)
      if (k < end) w += seg.gaps[k]!.base
    }
    return w
  }
  const lineWidth = (start: number, end: number, trimStart: boolean) =>
    span(start, end) - lineEndTrim(seg.atoms[end]!, cells) - lineStartTrim(seg.atoms[start]!, trimStart, cells)
  return {
    seg,
    canBreakAfter: (k) => k === seg.atoms.length - 1 || seg.gaps[k]!.breakable,
    lineStart(end) {
      let k = end + 1
      while (isSpace(seg.atoms[k])) k++
      return k
    },
    trimEnd(start, end) {
      while (end > start && isSpace(seg.atoms[end])) end--
      return end
    },
    lineWidth,
    startTrim: (start, trimStart) => lineStartTrim(seg.atoms[start]!, trimStart, cells),
    span,
    minLineWidth(start, end, trimStart) {
      let shrink = 0
      for (let k = start; k < end; k++) {
        if (k > start) shrink += remainingBlank(seg.atoms[k]!, cells)
        if (!cells) shrink += gapShrink(seg, k)
      }
      return lineWidth(start, end, trimStart) - shrink
    },
    stretchOf: (start, end, avail, trimStart) => evenStretch(seg, start, end, avail - lineWidth(start, end, trimStart)),
    latinOnly(start, end) {
      for (let k = start; k <= end; k++) if (!LATIN_LINE.has(seg.atoms[k]!.kind)) return false
      return true
    },
  }
}
