import type { Structure, StructureType } from './frame'
import type { Slab } from './slab'

/**
 * The pure fold from block composers' pieces to the vertical list: the space between two blocks is the
 * larger of the one's space after and the next one's space before (in whole rows on a grid), and a
 * heading keeps the next lines with it, so pagination never ends a page just below it. Each piece is
 * one structure element for tagged PDF: a heading piece with a bookmark is H1 (the title) to H6, by its
 * outline level; every other piece is a paragraph (a figure's image and caption become Figure and Caption).
 */

/** One block's contribution to the vertical list, before spacing and keeps are folded in. */
export interface Piece {
  slabs: Slab[]
  /** Space above and below it, pt. */
  before: number
  after: number
  /** A heading: the lines after it stay with it. */
  heading?: true
  /** Set across all columns (the title block). */
  span?: true
  /** Index of the article block it was set from (absent for the title block). */
  block?: number
}

export interface StackOptions {
  /** Lines after a heading that stay with it (keep.headingWithNext). */
  keepWithHeading: number
  /** Rounds a space to what the page allows (whole rows on a grid). */
  round: (space: number) => number
}

function structureType(piece: Piece): StructureType {
  const level = piece.heading ? piece.slabs[0]!.bookmark?.level : undefined
  return level === undefined ? 'P' : (`H${Math.min(level + 1, 6)}` as StructureType)
}

export function stackPieces(pieces: readonly Piece[], options: StackOptions): Slab[] {
  const out: Slab[] = []
  let spaceAfter = 0
  let keepLines = 0
  let element = 0
  for (const piece of pieces) {
    if (!piece.slabs.length) continue
    const structure: Structure = { type: structureType(piece), element: element++, ...(piece.block !== undefined ? { block: piece.block } : {}) }
    piece.slabs.forEach((slab, k) => {
      const kept = keepLines > 0
      if (kept && slab.lines.length) keepLines--
      out.push({
        ...slab,
        ...(k === 0 ? { spaceBefore: options.round(Math.max(piece.before, spaceAfter)) } : {}),
        ...(kept ? { breakBefore: false } : {}),
        ...(piece.span ? { spanColumns: true as const } : {}),
        ...(piece.block !== undefined ? { block: piece.block } : {}),
        structure,
      })
    })
    spaceAfter = piece.after
    if (piece.heading) keepLines = options.keepWithHeading
  }
  return out
}
