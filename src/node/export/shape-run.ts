import type { Font, Glyph } from 'fontkit'
import { glyphAdvance, isCmapChar } from '../fonts/fontkit-face'

/**
 * Glyphs of a text run, shaped as the typesetter measured it. The PDF writer and the print preview
 * both place glyphs from this, so they cannot disagree.
 */

export interface LaidOutGlyph {
  id: number
  codePoints: number[]
  advanceWidth: number
}

export interface LaidOutRun {
  glyphs: LaidOutGlyph[]
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]
  advanceWidth: number
}

/** Shapes a run as the engine measured it: CJK characters from the cmap, anything else through fontkit. */
export function shape(font: Font, text: string, features?: string[]): LaidOutRun {
  const cps = [...text].map((c) => c.codePointAt(0)!)
  const glyphs: LaidOutGlyph[] = []
  const positions: LaidOutRun['positions'] = []
  if (!features?.length && cps.every(isCmapChar)) {
    for (const cp of cps) {
      const id = font.glyphForCodePoint(cp).id
      const advanceWidth = glyphAdvance(font, id)
      glyphs.push({ id, codePoints: [cp], advanceWidth })
      positions.push({ xAdvance: advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })
    }
  } else {
    const run = font.layout(text, features)
    run.glyphs.forEach((g: Glyph, i) => {
      const p = run.positions[i]!
      glyphs.push({ id: g.id, codePoints: g.codePoints, advanceWidth: g.advanceWidth })
      positions.push({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })
    })
  }
  return { glyphs, positions, advanceWidth: positions.reduce((w, p) => w + p.xAdvance, 0) }
}
