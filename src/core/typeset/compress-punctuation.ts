import type { Atom } from './segment'
import { isCompressible } from './char-classes'

/**
 * Punctuation compression (标点挤压, clreq §3.1.6; GB/T 15834-2011 §5.1.10). Each mark's em box has a
 * blank half. Two adjacent marks take 1.5 em, not 2: the blank between their inks is removed once.
 * A mark at a line end takes ½ em; an opening mark at a line start may too.
 */

/** Removes the blank between adjacent marks: 。” and ，“ and ）。 take 1.5 em. */
export function compressAdjacentMarks(atoms: readonly Atom[]): Atom[] {
  const out = atoms.slice()
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!
    const b = out[i + 1]!
    if (!isCompressible(a.kind) || !isCompressible(b.kind)) continue
    // Prefer the first mark's trailing blank: it keeps an opening mark's ink where its box begins.
    if (a.blankAfter > a.trimAfter) out[i] = { ...a, trimAfter: a.blankAfter }
    else if (b.blankBefore > b.trimBefore) out[i + 1] = { ...b, trimBefore: b.blankBefore }
  }
  return out
}

/*
 * On a grid of cells (公文, GB/T 9704 §5.2.2: 28 characters a line) every character and mark keeps its
 * whole cell (`cells`): no adjacent-mark compression (compose-paragraph leaves it out), no ½-em line-end
 * or line-start mark and no push-in by squeezing marks, so each character of a line stands in a cell.
 */

/** Width of an atom as set mid-line, after adjacent-mark compression. */
export function setWidth(a: Atom): number {
  return a.width - a.trimBefore - a.trimAfter
}

/** What a mark at a line end gives up: its trailing blank (GB/T 15834 §5.1.10: line-end marks take ½ em). */
export function lineEndTrim(a: Atom, cells = false): number {
  return !cells && isCompressible(a.kind) ? a.blankAfter - a.trimAfter : 0
}

/** What an opening mark at the start of a continuation line gives up, when the preset asks for it. */
export function lineStartTrim(a: Atom, enabled: boolean, cells = false): number {
  return enabled && !cells && a.kind === 'open' ? a.blankBefore - a.trimBefore : 0
}

/** Blank a mark can still give up when a line must shrink (clreq §3.8 push-in). */
export function remainingBlank(a: Atom, cells = false): number {
  if (cells || !isCompressible(a.kind)) return 0
  return a.blankBefore - a.trimBefore + (a.blankAfter - a.trimAfter)
}
