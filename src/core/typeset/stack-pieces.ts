import type { Slab } from './slab'

/**
 * The pure fold from block composers' pieces to the vertical list: the space between two blocks is the
 * larger of the one's space after and the next one's space before (in whole rows on a grid), and a
 * heading keeps the next lines with it, so pagination never ends a page just below it.
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

export function stackPieces(pieces: readonly Piece[], options: StackOptions): Slab[] {
  const out: Slab[] = []
  let spaceAfter = 0
  let keepLines = 0
  for (const piece of pieces) {
    if (!piece.slabs.length) continue
    piece.slabs.forEach((slab, k) => {
      const kept = keepLines > 0
      if (kept && slab.lines.length) keepLines--
      out.push({
        ...slab,
        ...(k === 0 ? { spaceBefore: options.round(Math.max(piece.before, spaceAfter)) } : {}),
        ...(kept ? { breakBefore: false } : {}),
        ...(piece.span ? { spanColumns: true as const } : {}),
        ...(piece.block !== undefined ? { block: piece.block } : {}),
      })
    })
    spaceAfter = piece.after
    if (piece.heading) keepLines = options.keepWithHeading
  }
  return out
}
