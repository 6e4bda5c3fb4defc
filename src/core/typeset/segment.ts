import type { FaceId, FontSource } from './font-metrics'
import { advanceOf, faceRole, isBoldFace, faceId } from './font-metrics'
import type { Glyph } from './frame'
import type { CharKind } from './char-classes'
import { canEndLine, canStartLine, charKind, isCompressible, isUnitAfterNumber } from './char-classes'
import type { Span, TextStyle } from './text-style'
import { FONT_ROLES } from '../styles/fonts'
import { isHan } from '../text/char-class'

/**
 * An atom is what line layout moves as one piece: a Han character, a mark, a Latin word or number,
 * a space, or a —— / …… that must never be split (clreq §3.1.7).
 */
export interface Atom {
  text: string
  kind: CharKind
  style: TextStyle
  /** The face that draws it: the style's, or a fallback when that lacks a glyph. */
  face: FaceId
  /** Its glyphs as shaped in `face` (clusters index `text`). */
  glyphs: readonly Glyph[]
  /** Natural width in pt. */
  width: number
  /** From the atom's box to the glyph origin (the ½-em 间隔号 is centred in its box). */
  inkOffset: number
  /** Blank halves a mark may lose, pt. */
  blankBefore: number
  blankAfter: number
  /** What adjacent-mark compression has already removed, pt. */
  trimBefore: number
  trimAfter: number
  noStart: boolean
  noEnd: boolean
  /**
   * In a vertical line: upright (Han, kana, marks in their vertical forms), tate-chu-yoko (one or two
   * digits set across the line in one em) or sideways (other Latin, turned 90° clockwise).
   */
  orientation?: Orientation
}

export type Orientation = 'upright' | 'tcy' | 'sideways'

/** What lies between atom i and i+1. */
export interface Gap {
  /** Natural extra space, pt (Han–Latin spacing, grid tracking). */
  base: number
  /** none: glued (number + unit) or beside a space or connector; hanLatin stretches first. */
  stretch: 'none' | 'even' | 'hanLatin'
  breakable: boolean
}

export interface Segmented {
  atoms: Atom[]
  /** gaps[i] follows atoms[i]; the last entry is unused. */
  gaps: Gap[]
  /** Characters the style's font lacks, with the face used instead (undefined: none had it). */
  substitutions: { char: string; wanted: FaceId; used?: FaceId }[]
}

export interface SegmentOptions {
  /** em of the atom's size; 0 turns it off. */
  hanLatinSpace: number
  /** pt added between all characters (negative on a 公文 grid). */
  tracking: number
  /** Set for a vertical line (竖排): atoms measure down the line; marks keep their whole em (no compression). */
  vertical?: boolean
}

const FWID = ['fwid'] as const
const HWID = ['hwid'] as const

/** Up to two digits stand across a vertical line (tate-chu-yoko, 纵中横); other Latin is turned sideways. */
function orientationOf(kind: CharKind, text: string): Orientation {
  if (kind !== 'latin') return 'upright'
  return /^[0-9]{1,2}$/.test(text) ? 'tcy' : 'sideways'
}

/** Glyphs set across one em of a vertical line, centred; the last one moves the pen down the em. */
function acrossOneEm(glyphs: readonly Glyph[], ascent: number): Glyph[] {
  const across = advanceOf(glyphs)
  let x = (1 - across) / 2
  return glyphs.map((g, i) => {
    const placed = { ...g, dx: x + g.dx, dy: -ascent + g.dy, advance: i === glyphs.length - 1 ? 1 : 0 }
    x += g.advance
    return placed
  })
}

function groupKind(kind: CharKind): boolean {
  return kind === 'latin' || kind === 'dash' || kind === 'ellipsis' || kind === 'space'
}

/** Fallback order: the same weight in the other roles, song first (widest coverage in the bundled set). */
function fallbackFaces(face: FaceId): FaceId[] {
  const bold = isBoldFace(face)
  const role = faceRole(face)
  return ['song' as const, ...FONT_ROLES.filter((r) => r !== 'song')].filter((r) => r !== role).map((r) => faceId(r, bold))
}

export function segment(spans: readonly Span[], fonts: FontSource, options: SegmentOptions): Segmented {
  const atoms: Atom[] = []
  const substitutions: Segmented['substitutions'] = []

  const faceFor = (text: string, wanted: FaceId): FaceId => {
    const face = fonts.face(wanted)
    for (const ch of text) {
      if (face.hasGlyph(ch.codePointAt(0)!)) continue
      const used = fallbackFaces(wanted).find((f) => fonts.face(f).hasGlyph(ch.codePointAt(0)!))
      substitutions.push({ char: ch, wanted, used })
      if (used) return used
    }
    return wanted
  }

  const atomOf = (text: string, kind: CharKind, style: TextStyle): Atom => {
    const face = kind === 'space' ? style.face : faceFor(text, style.face)
    const metrics = fonts.face(face)
    const size = style.size
    const features = kind === 'dash' && text.includes('—') ? FWID : undefined
    const orientation = options.vertical ? orientationOf(kind, text) : undefined
    const glyphs =
      orientation === 'upright' ? metrics.shapeVertical(text) : orientation === 'tcy' ? acrossOneEm(metrics.shape(text, HWID), metrics.ascent) : metrics.shape(text, features)
    const natural = advanceOf(glyphs) * size
    // 间隔号 takes ½ em (GB/T 15834 §4.14), whatever its glyph's advance; in a vertical line it keeps its vertical advance.
    const width = kind === 'dot' && !orientation ? size / 2 : natural
    const blanks = isCompressible(kind) && !orientation ? metrics.markBlanks(text) : { before: 0, after: 0 }
    return {
      text,
      kind,
      style,
      face,
      glyphs,
      width,
      inkOffset: (width - natural) / 2,
      blankBefore: blanks.before * size,
      blankAfter: blanks.after * size,
      trimBefore: 0,
      trimAfter: 0,
      noStart: !canStartLine(text[0]!),
      noEnd: !canEndLine(text[text.length - 1]!),
      ...(orientation ? { orientation } : {}),
    }
  }

  for (const span of spans) {
    // A character set alone is the same atom wherever it recurs in the span, as most of a paragraph's
    // characters do: atoms are never changed in place (compression and the grid copy them).
    const alone = new Map<string, Atom>()
    let run = ''
    let runKind: CharKind | undefined
    const flush = () => {
      if (run && runKind) atoms.push(atomOf(run, runKind, span.style))
      run = ''
      runKind = undefined
    }
    for (const ch of span.text) {
      const seen = alone.get(ch)
      if (seen) {
        flush()
        atoms.push(seen)
        continue
      }
      const kind = charKind(ch)
      if (groupKind(kind) && kind === runKind) {
        run += ch
        continue
      }
      flush()
      if (groupKind(kind)) {
        run = ch
        runKind = kind
        continue
      }
      const substituted = substitutions.length
      const atom = atomOf(ch, kind, span.style)
      atoms.push(atom)
      // A character a fallback face draws is listed wherever it occurs.
      if (substitutions.length === substituted) alone.set(ch, atom)
    }
    flush()
  }

  const gaps = atoms.map((a, i) => gapAfter(a, atoms[i + 1], options))
  return { atoms, gaps, substitutions }
}

const DIGIT_END = /[0-9]$/
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function gapAfter(a: Atom, b: Atom | undefined, options: SegmentOptions): Gap {
  if (!b) return { base: 0, stretch: 'none', breakable: true }
  const glued = (a.kind === 'latin' && (b.kind === 'latin' || (DIGIT_END.test(a.text) && isUnitAfterNumber(b.text[0]!))))
  const breakable = !glued && !a.noEnd && !b.noStart && b.kind !== 'space'
  // clreq §3.2.3: Han–Latin space only between Han and Latin letters or digits, never beside marks or symbols (＋).
  const word = (x: Atom) => x.kind === 'latin' && LETTER_OR_DIGIT.test(x.text)
  // Full-width symbols (＋ ％) sit in em boxes like Han but are not Han: no space beside them.
  const han = (x: Atom) => x.kind === 'han' && isHan(x.text)
  // The Latin side first: the Han test is a regular expression, and most neighbours are not Latin.
  const hanLatin = options.hanLatinSpace > 0 && ((word(b) && han(a)) || (word(a) && han(b)))
  const base = (hanLatin ? options.hanLatinSpace * Math.min(a.style.size, b.style.size) : 0) + options.tracking
  const beside = (k: CharKind) => a.kind === k || b.kind === k
  // A bracket holds to the Latin run it encloses (UAX #14: no break after OP, none before CL; clreq: an opening
  // bracket never ends a line): no stretch between them, so 「（」 and a URL on a line of their own are a run
  // that cannot stretch, broken at the URL's own places rather than cut wherever the line happens to fill.
  const bracketed = (a.kind === 'open' && b.kind === 'latin') || (a.kind === 'latin' && b.kind === 'close')
  // clreq §3.8: stretch never inside a number + unit, nor beside spaces (they stretch themselves), connectors or solidi.
  if (glued || bracketed || beside('space') || beside('connector') || beside('solidus')) return { base, stretch: 'none', breakable }
  return { base, stretch: hanLatin ? 'hanLatin' : 'even', breakable }
}
