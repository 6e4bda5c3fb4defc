import type { PdfDocument, PdfGlyph } from './read-pdf'
import type { Rect } from './rect'

/**
 * A page compositor's frames read back from a PDF: the glyphs inside a rectangle in drawing order (the
 * order a reader copies them in), where each column's text ends, and where baselines fall on a grid.
 */

const EPS = 0.1

/** Glyphs of page `number` (1-based) whose origin lies in `rect`, in drawing order. */
export function glyphsIn(doc: PdfDocument, number: number, rect: Rect): PdfGlyph[] {
  return doc.pages[number - 1]!.glyphs.filter((g) => g.x >= rect.left - EPS && g.x <= rect.right + EPS && g.y >= rect.top - EPS && g.y <= rect.bottom + EPS)
}

/** Their text, white space removed. */
export const textOf = (glyphs: readonly PdfGlyph[]) => glyphs.map((g) => g.text).join('').replace(/\s/gu, '')

/** The baseline of the last line in each column that holds text. */
export function columnEnds(doc: PdfDocument, number: number, columns: readonly Rect[]): number[] {
  return columns.map((c) => glyphsIn(doc, number, c)).filter((gs) => gs.length).map((gs) => Math.max(...gs.map((g) => g.y)))
}

/** Where each baseline falls in its row of a grid of `pitch` starting at `top` (0 ≤ phase < pitch), one per line. */
export function baselinePhases(glyphs: readonly PdfGlyph[], top: number, pitch: number): number[] {
  const baselines = [...new Set(glyphs.map((g) => Math.round(g.y * 1000) / 1000))]
  return baselines.map((y) => (((y - top) % pitch) + pitch) % pitch)
}
