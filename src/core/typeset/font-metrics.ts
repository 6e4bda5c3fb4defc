import type { FontRole } from '../styles/fonts'

/**
 * The engine never reads a font file: it asks these interfaces for advances and mark shapes, so it runs
 * anywhere (the node side implements them over fontkit; tests use fixed metrics).
 */

/** A font role in one weight. Documents name roles; each output maps faces to real fonts. */
export type FaceId = FontRole | `${FontRole}-bold`

export function faceId(role: FontRole, bold: boolean): FaceId {
  return bold ? `${role}-bold` : role
}

export function faceRole(face: FaceId): FontRole {
  return face.replace(/-bold$/, '') as FontRole
}

export function isBoldFace(face: FaceId): boolean {
  return face.endsWith('-bold')
}

/** The blank parts of a punctuation mark's em box, which compression may remove (clreq §3.1.6). */
export interface MarkBlanks {
  before: number
  after: number
}

export interface FontFace {
  /** Advance of `text` shaped with the font's default features plus `features`, in em. */
  advance(text: string, features?: readonly string[]): number
  hasGlyph(codePoint: number): boolean
  /** The removable blank before and after a mark's ink, in em (from `halt`, else from the glyph's ink box). */
  markBlanks(mark: string): MarkBlanks
  /** Top of the ideographic em box above the baseline, in em (0.88 for Noto CJK). */
  ascent: number
}

export interface FontSource {
  face(id: FaceId): FontFace
}
