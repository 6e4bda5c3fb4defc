import type { Atom, Segmented } from './segment'
import type { LineRange } from './break-lines'
import { gapShrink } from './break-lines'
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
    trimBefore[i] = a.trimBefore + (k === start ? lineStartTrim(a, options.trimStart) : 0)
    trimAfter[i] = a.trimAfter + (k === end ? lineEndTrim(a) : 0)
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
    justified = true
  }

  const set: SetAtom[] = []
  let x = 0
  for (let k = start; k <= end; k++) {
    const i = k - start
    set.push({ atom: atoms[k]!, x, width: widths[i]!, trimBefore: trimBefore[i]!, trimAfter: trimAfter[i]!, gapAfter: gaps[i]! })
    x += widths[i]! + gaps[i]!
  }
  return { atoms: set, width: x, justified }
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

/** Grows word spaces and Han–Latin spaces to ½ em, then every stretchable gap evenly. Returns what it added. */
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
  const limit = (k: number, isSpace: boolean) => atoms[k]!.style.size / (isSpace ? 2 : 3)
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
  // Step 3: the rest evenly between characters.
  if (left > 0 && even.length) {
    const each = left / even.length
    for (const k of even) gaps[k - start] = gaps[k - start]! + each
    left = 0
  }
  return slack - left
}
