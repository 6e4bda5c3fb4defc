import type { Atom, Segmented } from './segment'
import type { LineRange } from './line-measure'
import { lineEndTrim, lineStartTrim } from './compress-punctuation'

/**
 * Justification (clreq §3.8): a line is set to its measure exactly. A line too long for it shrinks,
 * in clreq's order: brackets and quotes towards ½ em, then 、，；：, then Han–Latin spaces towards ⅛ em,
 * then 。？！ — each level shared evenly among its members and only as far as needed. A line too short
 * first grows word spaces (to ½ em) and Han–Latin spaces (to ⅓ em), then spreads the rest evenly over
 * the gaps between characters; Han characters are never compressed, and nothing is added inside
 * ——, …… or a number and its unit.
 */

export interface SetAtom {
  atom: Atom
  /** Left edge of the atom's set box, from the line's start. */
  x: number
  /** Set width after compression (and, for a space, stretch). */
  width: number
  /** Blank removed before the ink: the glyph origin is x − trimBefore + atom.inkOffset. */
  trimBefore: number
  trimAfter: number
  /** Space to the next atom's box. */
  gapAfter: number
}

export interface SetLine {
  atoms: SetAtom[]
  width: number
  /** Stretched or shrunk to the measure. */
  justified: boolean
  /** Width of a mark hanging past the measure (clreq 行末点号悬挂); the rest fills the measure. */
  overhang?: number
}

export interface SetOptions {
  justify: boolean
  trimStart: boolean
  /** A grid of cells (公文): marks keep their whole cells at the line's edges too. */
  cells: boolean
}

/**
 * The widest gap justification may open between two characters, em. clreq §3.2.3 sets ¼ em between
 * Han and Latin text: the widest space that still reads as part of a line of Chinese rather than as a
 * word space, which Chinese does not have. A wider gap shows as a hole in the text's even grey, so the
 * breaker chooses other breaks (push in, or break a Latin run) before it stretches a line past it.
 */
export const STRETCH_CAP = 0.25
/** Past this (em) justification stops stretching and leaves the line short. */
const STRETCH_LIMIT = 0.5

/** Han–Latin space may shrink to ⅛ em (clreq §3.8 step 6). */
export function gapShrink(seg: Segmented, k: number): number {
  const gap = seg.gaps[k]!
  if (gap.stretch !== 'hanLatin') return 0
  const a = seg.atoms[k]!
  return Math.max(0, gap.base - a.style.size / 8)
}

/** clreq §3.8 stretch steps 1–2: word spaces grow to ½ em and Han–Latin spaces to ⅓ em before anything else. */
const spaceLimit = (a: Atom) => a.style.size / 2
const hanLatinLimit = (a: Atom) => a.style.size / 3

/**
 * The even gap (step 3) that stretching atoms start..end, set at their natural widths, by `slack`
 * would open between characters, pt: what the line breaker weighs against the cap. Infinity when the
 * line has no gap that may stretch.
 */
export function evenStretch(seg: Segmented, start: number, end: number, slack: number): number {
  if (slack <= 0) return 0
  let left = slack
  let even = 0
  for (let k = start; k <= end; k++) {
    const a = seg.atoms[k]!
    if (a.kind === 'space') left -= Math.max(0, spaceLimit(a) - a.width)
    if (k === end) continue
    const gap = seg.gaps[k]!
    if (gap.stretch === 'hanLatin') left -= Math.max(0, hanLatinLimit(a) - gap.base)
    if (gap.stretch !== 'none') even++
  }
  if (left <= 0) return 0
  return even ? left / even : Infinity
}

/** Members of each shrink level in clreq's order: an atom gives up its blank, a gap its Han–Latin space. */
function shrinkLevels(seg: Segmented, start: number, end: number): { atoms: number[]; gaps: number[] }[] {
  const marks = (test: (a: Atom) => boolean) => {
    const out: number[] = []
    for (let k = start + 1; k < end; k++) if (test(seg.atoms[k]!)) out.push(k)
    return out
  }
  const hanLatin: number[] = []
  for (let k = start; k < end; k++) if (seg.gaps[k]!.stretch === 'hanLatin') hanLatin.push(k)
  return [
    { atoms: marks((a) => a.kind === 'open' || a.kind === 'close'), gaps: [] },
    { atoms: marks((a) => a.kind === 'pause'), gaps: [] },
    { atoms: [], gaps: hanLatin },
    { atoms: marks((a) => a.kind === 'stop'), gaps: [] },
  ]
}

export function setLine(seg: Segmented, range: LineRange, measure: number, options: SetOptions): SetLine {
  if (range.hang) return setHanging(seg, range, measure, options)
  const { start, end } = range
  const atoms = seg.atoms
  const count = end - start + 1
  const trimBefore = new Float64Array(count)
  const trimAfter = new Float64Array(count)
  const widths = new Float64Array(count)
  const gaps = new Float64Array(count)
  let total = 0
  for (let k = start; k <= end; k++) {
    const a = atoms[k]!
    const i = k - start
    trimBefore[i] = a.trimBefore + (k === start ? lineStartTrim(a, options.trimStart, options.cells) : 0)
    trimAfter[i] = a.trimAfter + (k === end ? lineEndTrim(a, options.cells) : 0)
    widths[i] = a.width - trimBefore[i]! - trimAfter[i]!
    gaps[i] = k < end ? seg.gaps[k]!.base : 0
    total += widths[i]! + gaps[i]!
  }

  let justified = false
  if (total > measure) {
    justified = true
    for (const level of shrinkLevels(seg, start, end)) {
      const need = total - measure
      if (need <= 0) break
      const room = (k: number) => {
        const a = atoms[k]!
        return a.blankBefore - trimBefore[k - start]! + (a.blankAfter - trimAfter[k - start]!)
      }
      const available = level.atoms.reduce((sum, k) => sum + room(k), 0) + level.gaps.reduce((sum, k) => sum + gapShrink(seg, k), 0)
      if (available <= 0) continue
      // Every member gives up the same share of what it can, so no single mark looks squeezed.
      const share = Math.min(1, need / available)
      for (const k of level.atoms) {
        const a = atoms[k]!
        const i = k - start
        const before = (a.blankBefore - trimBefore[i]!) * share
        const after = (a.blankAfter - trimAfter[i]!) * share
        trimBefore[i] = trimBefore[i]! + before
        trimAfter[i] = trimAfter[i]! + after
        widths[i] = widths[i]! - before - after
        total -= before + after
      }
      for (const k of level.gaps) {
        const cut = gapShrink(seg, k) * share
        gaps[k - start] = gaps[k - start]! - cut
        total -= cut
      }
    }
  }

  if (total < measure && (options.justify || justified)) {
    total += stretch(seg, start, end, widths, gaps, measure - total)
    // A line with no gap that may stretch (one part of a URL) stays short of the measure.
    justified = Math.abs(total - measure) < 1e-6
  }
  // A grid's full line fills the measure cell by cell, without stretching.
  if (options.cells && !justified) justified = Math.abs(total - measure) < 1e-6

  const set: SetAtom[] = []
  let x = 0
  for (let k = start; k <= end; k++) {
    const i = k - start
    set.push({ atom: k === start ? lineOpening(atoms[k]!, options.cells) : atoms[k]!, x, width: widths[i]!, trimBefore: trimBefore[i]!, trimAfter: trimAfter[i]!, gapAfter: gaps[i]! })
    x += widths[i]! + gaps[i]!
  }
  return { atoms: set, width: x, justified }
}

/**
 * A Latin run that opens a line of a grid starts at its first cell's edge, its odd half cell after: centred
 * like one mid-line, a heading's number (「1.1」, 「2」) started a quarter cell (~4 pt) right of the body's indent.
 */
function lineOpening(a: Atom, cells: boolean): Atom {
  return cells && a.kind === 'latin' && a.inkOffset !== 0 ? { ...a, inkOffset: 0 } : a
}

/** The line without its last mark justified to the measure, and the mark (at ½ em) after it. */
function setHanging(seg: Segmented, { start, end }: LineRange, measure: number, options: SetOptions): SetLine {
  const body = setLine(seg, { start, end: end - 1 }, measure, { ...options, justify: true })
  const mark = seg.atoms[end]!
  const gap = seg.gaps[end - 1]!.base
  const trimAfter = mark.trimAfter + lineEndTrim(mark)
  const width = mark.width - mark.trimBefore - trimAfter
  const last = body.atoms[body.atoms.length - 1]!
  const x = body.width + gap
  const atoms = [...body.atoms.slice(0, -1), { ...last, gapAfter: gap }, { atom: mark, x, width, trimBefore: mark.trimBefore, trimAfter, gapAfter: 0 }]
  return { atoms, width: x + width, justified: true, overhang: x + width - measure }
}

/** Grows word spaces to ½ em and Han–Latin spaces to ⅓ em, then every stretchable gap evenly. Returns what it added. */
function stretch(seg: Segmented, start: number, end: number, widths: Float64Array, gaps: Float64Array, slack: number): number {
  const atoms = seg.atoms
  let left = slack
  const spaces: number[] = []
  const hanLatin: number[] = []
  const even: number[] = []
  for (let k = start; k <= end; k++) {
    if (atoms[k]!.kind === 'space') spaces.push(k)
    if (k === end) continue
    const kind = seg.gaps[k]!.stretch
    if (kind === 'hanLatin') hanLatin.push(k)
    if (kind !== 'none') even.push(k)
  }
  // clreq §3.8 stretch steps 1–2: word spaces first, up to ½ em, and Han–Latin spaces, up to ⅓ em.
  const limit = (k: number, isSpace: boolean) => (isSpace ? spaceLimit : hanLatinLimit)(atoms[k]!)
  const room = (k: number, isSpace: boolean) => Math.max(0, limit(k, isSpace) - (isSpace ? widths[k - start]! : gaps[k - start]!))
  const firstStep = [...spaces.map((k) => ({ k, isSpace: true })), ...hanLatin.map((k) => ({ k, isSpace: false }))]
  const capacity = firstStep.reduce((sum, s) => sum + room(s.k, s.isSpace), 0)
  if (capacity > 0) {
    const share = Math.min(1, left / capacity)
    for (const s of firstStep) {
      const add = room(s.k, s.isSpace) * share
      if (s.isSpace) widths[s.k - start] = widths[s.k - start]! + add
      else gaps[s.k - start] = gaps[s.k - start]! + add
      left -= add
    }
  }
  // Step 3: the rest evenly between characters. The breaker keeps this within the cap wherever some
  // other break can; where none can, the line is still filled up to ½ em a gap (layoutStats reports
  // it past the cap), and beyond that left short: a gap that wide reads as a hole.
  if (left > 0 && even.length) {
    const each = left / even.length
    for (const k of even) {
      const add = Math.min(each, STRETCH_LIMIT * atoms[k]!.style.size)
      gaps[k - start] = gaps[k - start]! + add
      left -= add
    }
  }
  return slack - left
}
