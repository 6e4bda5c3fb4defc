import type { FontRole } from '../styles/fonts'
import type { Glyph } from './frame'

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
  /**
   * `text` shaped with the font's default features plus `features` (a tag after '-' turns one off): glyph ids, advances and offsets
   * in em, clusters as UTF-16 ranges of `text`. Layout shapes each piece of text here once; the
   * glyphs travel in the Layout to every writer.
   */
  shape(text: string, features?: readonly string[]): readonly Glyph[]
  /**
   * `text` shaped for vertical setting (竖排): upright glyphs with the font's vertical alternates
   * (`vert`/`vrt2`: 。，「」《》 turned and placed for a vertical line), each advancing down the line by
   * its vertical advance (`vmtx`, else one em); `dx` centres the glyph in a one-em column and `dy` puts
   * its origin below the top of its box (minus the glyph's vertical origin). See `TextRun.vertical`.
   */
  shapeVertical(text: string): readonly Glyph[]
  hasGlyph(codePoint: number): boolean
  /** The removable blank before and after a mark's ink, in em (from `halt`, else from the glyph's ink box). */
  markBlanks(mark: string): MarkBlanks
  /** Top of the ideographic em box above the baseline, in em (0.88 for Noto CJK). */
  ascent: number
  /** No bold weight of this face was found: its regular outlines are thickened when drawn. */
  syntheticBold: boolean
}

/** The advance of shaped glyphs, em. */
export function advanceOf(glyphs: readonly Glyph[]): number {
  let w = 0
  for (const g of glyphs) w += g.advance
  return w
}

export interface FontSource {
  face(id: FaceId): FontFace
}
