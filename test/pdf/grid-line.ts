import type { PdfLine } from './lines'
import type { PdfGlyph } from './read-pdf'
import type { Rect } from './rect'
import { isCjk } from './kinsoku'

/**
 * A line of a fixed grid's body size read as cells (GB/T 9704 §5.2.2: every character on the grid). A
 * full-width glyph (a Han character, a mark, a curly quote) stands in a cell, a mark in a cell or in the
 * half of one it shares with the mark beside it. Half-width glyphs (digits, a Latin word) go half a cell
 * apart, and a run of them takes whole cells, its ink centred in them, as a word processor's character
 * grid sets Latin text: so the glyph after it is back on its cell; a run that opens the line starts at its
 * first cell's edge (a heading's 「1.1」 where the body's indent starts). A space (not drawn) leaves whole cells.
 */
export type GridLine = { first: number; last: number } | { fault: string }

/** Glyph positions are exact in a PDF; this allows for the 4-decimal rounding of its numbers. */
const EPS = 0.1

/**
 * Set in an em box in Chinese text (a line-end mark may be drawn with half its advance): CJK, the quotes,
 * dashes and ellipsis Chinese fonts draw full-width, and any other glyph an em wide (a full-width ×).
 */
const fullWidth = (g: PdfGlyph) => isCjk(g.text) || /[‘’“”—…]/u.test(g.text) || g.advance >= 0.9 * g.size

export function gridLine(line: PdfLine, area: Rect, cell: number): GridLine {
  const at = (g: PdfGlyph) => (g.x - area.left) / cell
  const on = (u: number, step: number) => Math.abs(u / step - Math.round(u / step)) * step * cell <= EPS
  let first = Infinity
  let last = -Infinity
  const take = (from: number, to: number) => {
    first = Math.min(first, from)
    last = Math.max(last, to)
  }
  const { glyphs } = line
  for (let i = 0; i < glyphs.length; ) {
    const g = glyphs[i]!
    if (fullWidth(g)) {
      const u = at(g)
      if (!on(u, /\p{Script=Han}/u.test(g.text) ? 1 : 0.5)) return { fault: `第 ${i + 1} 字「${g.text}」不在字格上` }
      take(Math.floor(u + EPS / cell), Math.floor(u + EPS / cell))
      i++
      continue
    }
    // Half-width glyphs half a cell apart are one run; a wider step is a space between two runs.
    let j = i + 1
    while (j < glyphs.length && !fullWidth(glyphs[j]!) && Math.abs(at(glyphs[j]!) - at(glyphs[j - 1]!) - 0.5) * cell <= EPS) j++
    const run = glyphs.slice(i, j)
    const cells = Math.ceil(run.length / 2)
    // A run that opens the line starts at its first cell's edge, as the line's first Han character would.
    const from = at(g) - (i === 0 ? 0 : (cells - run.length / 2) / 2)
    if (!on(from, 1))
      return { fault: `第 ${i + 1} 字起的「${run.map((h) => h.text).join('')}」${i === 0 ? '不在行首的字格上' : '不在整格中居中'}` }
    take(Math.round(from), Math.round(from) + cells - 1)
    i = j
  }
  return { first, last }
}
