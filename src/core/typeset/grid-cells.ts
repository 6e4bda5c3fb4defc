import type { Glyph } from './frame'
import type { FontSource } from './font-metrics'
import { advanceOf } from './font-metrics'
import type { Atom, Gap, Segmented } from './segment'
import { isCompressible } from './char-classes'

/**
 * A 公文 grid (GB/T 9704 §5.2.2: 22 lines of 28 characters) kept as a word processor's character grid
 * keeps it: every Han character and mark in a cell of its own, two adjacent marks sharing one (their
 * inks are half a cell each: compression that keeps the grid, where clreq's 1½ em would not), and a
 * Latin run (digits, 1., %, a name) in half-width forms
 * (OpenType `hwid`: two to a cell, as Times New Roman's digits sit in a 公文 set in Word), padded after
 * to whole cells (centred in them; flush with the first when it opens a line, `setLine`) and set without
 * Han–Latin space, so the character after it is back in a cell.
 * A space the author typed takes whole cells too: a word space's quarter em would move every character
 * after it off its cell.
 */

/** Shapes `text` in the atom's face with `features` on top of the defaults. */
export type FaceShape = (atom: Atom, text: string, features?: readonly string[]) => readonly Glyph[]

export const faceShape =
  (fonts: FontSource): FaceShape =>
  (atom, text, features) =>
    fonts.face(atom.face).shape(text, features)

/**
 * The features a Latin run is shaped with on the grid: half-width forms, and no ligatures or kerning,
 * which would take a pair (fi) out of the half-cell pitch.
 */
const GRID_LATIN_FEATURES: readonly string[] = ['hwid', '-liga', '-kern']

/**
 * A Latin part or a space shaped for the grid: half-width glyphs, each advancing by half a cell (a cell
 * is `size + tracking`, a little under 1 em on a 公文 grid), the part as wide as the whole cells it takes
 * less the tracking the gap after it adds.
 */
export function gridRun(atom: Atom, text: string, shape: FaceShape, tracking: number): { glyphs: readonly Glyph[]; width: number; inkOffset: number } {
  const size = atom.style.size
  const cell = size + tracking
  const glyphs = shape(atom, text, atom.kind === 'latin' ? GRID_LATIN_FEATURES : []).map((g) => ({ ...g, advance: (g.advance * cell) / size }))
  const ink = advanceOf(glyphs) * size
  const cells = Math.max(1, Math.ceil((ink + tracking) / cell - 1e-6))
  // An odd count of half-width characters leaves half a cell over: it goes either side, not all after.
  return { glyphs, width: cells * cell - tracking, inkOffset: (cells * cell - ink) / 2 }
}

/**
 * A —— or …… in whole cells, one per character: shaped as two em-wide glyphs (or one two-em ligature),
 * it would otherwise be a tracking short of its cells and move everything after it off the grid.
 */
function inCells(atom: Atom, tracking: number): Pick<Atom, 'glyphs' | 'width' | 'inkOffset'> {
  const size = atom.style.size
  const cell = size + tracking
  const glyphs = atom.glyphs.map((g) => ({ ...g, advance: (g.advance * cell) / size }))
  return { glyphs, width: Math.max(1, [...atom.text].length) * cell - tracking, inkOffset: 0 }
}

/**
 * Adjacent marks paired from the left, each pair in one cell. A pair a line may break between
 * (。“ ，“ ”“: ink left, then ink right) gives up the two blanks between its inks through the gap, which a
 * break drops, so each mark keeps its whole cell at a line's edge; any other pair (。” ）、 （“) never
 * breaks and gives up blank from its atoms: half a cell each, between the inks first.
 */
function pairMarks(atoms: Atom[], gaps: Gap[], tracking: number): void {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const [a, b] = [atoms[i]!, atoms[i + 1]!]
    if (!isCompressible(a.kind) || !isCompressible(b.kind)) continue
    const cell = a.style.size + tracking
    if (gaps[i]!.breakable) {
      if (a.blankAfter + b.blankBefore < cell) continue
      gaps[i] = { ...gaps[i]!, base: gaps[i]!.base - cell }
    } else {
      // Each mark in half the cell: it gives up half a cell of blank, on the side facing the other first.
      const half = cell / 2
      if (a.blankBefore + a.blankAfter < half || b.blankBefore + b.blankAfter < half) continue
      const aAfter = Math.min(a.blankAfter, half)
      const bBefore = Math.min(b.blankBefore, half)
      atoms[i] = { ...a, trimBefore: half - aAfter, trimAfter: aAfter }
      atoms[i + 1] = { ...b, trimBefore: bBefore, trimAfter: half - bBefore }
    }
    i++
  }
}

/**
 * A space between two Latin runs of one style joins them (100 %, OAuth 2.0): in half-width forms it
 * takes half a cell like their letters, where on its own it would take a whole one. The run still
 * breaks there when a line needs it (UAX #14, latin-run-breaks.ts).
 */
function joinLatinSpaces(seg: Segmented): Segmented {
  const atoms: Atom[] = []
  const gaps: Gap[] = []
  const joins = (a: Atom, b: Atom | undefined) => b !== undefined && b.style === a.style && b.face === a.face
  for (let i = 0; i < seg.atoms.length; i++) {
    const a = seg.atoms[i]!
    const next = seg.atoms[i + 1]
    const prev = atoms[atoms.length - 1]
    if (a.kind === 'space' && prev?.kind === 'latin' && next?.kind === 'latin' && joins(prev, a) && joins(a, next)) {
      atoms[atoms.length - 1] = { ...prev, text: prev.text + a.text + next.text, noEnd: next.noEnd }
      gaps[gaps.length - 1] = seg.gaps[i + 1]!
      i++
      continue
    }
    atoms.push(a)
    gaps.push(seg.gaps[i]!)
  }
  return { ...seg, atoms, gaps }
}

/** The paragraph's atoms and gaps set on the grid. */
export function onGrid(raw: Segmented, shape: FaceShape, tracking: number): Segmented {
  const seg = joinLatinSpaces(raw)
  const atoms = seg.atoms.map((a): Atom => {
    if (a.kind === 'latin' || a.kind === 'space') return { ...a, ...gridRun(a, a.text, shape, tracking) }
    return a.kind === 'dash' || a.kind === 'ellipsis' ? { ...a, ...inCells(a, tracking) } : a
  })
  const gaps = seg.gaps.map((g): Gap => (g.stretch === 'hanLatin' ? { ...g, base: tracking, stretch: 'even' } : g))
  pairMarks(atoms, gaps, tracking)
  return { ...seg, atoms, gaps }
}
