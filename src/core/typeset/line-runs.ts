import type { Glyph, PageItem, TextRun } from './frame'
import type { FontSource } from './font-metrics'
import type { SetAtom, SetLine } from './justify'
import { sameLook } from './text-style'

/** Synthetic bold: strokes thickened by 3% of the size, as word processors do for fonts without a bold face. */
export const SYNTHETIC_BOLD = 0.03
/** Synthetic italic slant, degrees. */
export const OBLIQUE = 12

/**
 * Turns a set line into glyph runs. Characters with the same look and the same gap after them share
 * one run whose tracking is that gap, so a justified line of Han text is one or two runs; a Latin
 * word, a ——/……, a 间隔号 and each compressed mark stand alone at their exact position.
 */

function standsAlone(s: SetAtom): boolean {
  const a = s.atom
  return a.kind === 'latin' || a.kind === 'dash' || a.kind === 'ellipsis' || a.kind === 'dot' || s.trimBefore > 0 || s.trimAfter > 0 || a.text.length > 1
}

/** A mark set without its whole trailing blank and nothing else: its glyph advances by its ink half. */
function isHalved(s: SetAtom): boolean {
  return s.trimBefore === 0 && s.atom.blankAfter > 0 && Math.abs(s.trimAfter - s.atom.blankAfter) < 1e-6
}

export interface DrawnLine {
  runs: TextRun[]
  /** Underlines and 着重号. */
  items: PageItem[]
}

/** The atom's glyphs appended to the run's, their clusters moved to where the atom's text starts; a halved mark's advance is its ink half. */
function appendGlyphs(into: Glyph[], s: SetAtom, textStart: number, halved: boolean): void {
  const a = s.atom
  const cut = halved ? a.blankAfter / a.style.size : 0
  for (const g of a.glyphs) into.push({ id: g.id, advance: g.advance - cut, dx: g.dx, dy: g.dy, start: g.start + textStart, end: g.end + textStart })
}

/** `left` is the page x of the line's start, `baseline` its page y. */
export function drawLine(line: SetLine, left: number, baseline: number, fonts: FontSource): DrawnLine {
  const runs: TextRun[] = []
  const items: PageItem[] = []
  let open: TextRun | undefined
  let prev: SetAtom | undefined
  for (const s of line.atoms) {
    const a = s.atom
    if (a.kind === 'space') {
      open = undefined
      prev = s
      continue
    }
    const x = left + s.x - s.trimBefore + a.inkOffset
    const joins = open && prev && !standsAlone(s) && prev.atom.kind !== 'space' && !standsAlone(prev) && sameLook(prev.atom.style, a.style) && prev.atom.face === a.face && Math.abs(prev.gapAfter - open.tracking) < 1e-6
    if (joins && open) {
      appendGlyphs(open.glyphs, s, open.text.length, false)
      open.text += a.text
    } else {
      const { style } = a
      const halved = isHalved(s)
      open = {
        x,
        y: baseline,
        text: a.text,
        face: a.face,
        size: style.size,
        color: style.color,
        tracking: standsAlone(s) ? 0 : s.gapAfter,
        glyphs: [],
        ...(halved ? { compressed: true as const } : {}),
        ...(style.italic ? { oblique: OBLIQUE } : {}),
        ...(fonts.face(a.face).syntheticBold ? { stroke: style.size * SYNTHETIC_BOLD } : {}),
      }
      appendGlyphs(open.glyphs, s, 0, halved)
      runs.push(open)
      if (standsAlone(s)) open = undefined
    }
    decorate(s, left, baseline, items)
    prev = s
  }
  return { runs, items }
}

function decorate(s: SetAtom, left: number, baseline: number, items: PageItem[]): void {
  const { style, kind } = s.atom
  const size = style.size
  if (style.emphasis && kind === 'han') {
    items.push({ kind: 'dot', x: left + s.x + s.width / 2, y: baseline + size * 0.22, radius: size * 0.06, color: style.color })
  }
  if (style.underline) {
    const y = baseline + size * 0.16
    const last = items[items.length - 1]
    const x1 = left + s.x
    const x2 = x1 + s.width
    // One rule under a run of underlined characters, not one per character.
    if (last?.kind === 'rule' && last.y1 === y && x1 - last.x2 < size * 0.6) last.x2 = x2
    else items.push({ kind: 'rule', x1, y1: y, x2, y2: y, width: size * 0.05, color: style.color })
  }
}
