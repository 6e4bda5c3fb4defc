import type { FontSource } from './font-metrics'
import type { TextRun } from './frame'
import type { SetLine } from './justify'
import { SYNTHETIC_BOLD } from './line-runs'

/**
 * A set vertical line (竖排) as glyph runs: one run per atom, placed down the line at the atom's
 * position — upright runs advance downwards, a sideways Latin word is a horizontal run turned 90°
 * clockwise with its baseline as far from the column's left edge as a glyph's descent, so its em box
 * fills the column as an upright character's does.
 */
export function drawVerticalLine(line: SetLine, left: number, top: number, fonts: FontSource): TextRun[] {
  const runs: TextRun[] = []
  for (const s of line.atoms) {
    const a = s.atom
    if (a.kind === 'space') continue
    const { size, color } = a.style
    const face = fonts.face(a.face)
    const sideways = a.orientation === 'sideways'
    runs.push({
      x: sideways ? left + (1 - face.ascent) * size : left,
      y: top + s.x,
      text: a.text,
      face: a.face,
      size,
      color,
      tracking: 0,
      glyphs: [...a.glyphs],
      ...(sideways ? { rotate: 90 as const } : { vertical: true as const }),
      ...(face.syntheticBold ? { stroke: size * SYNTHETIC_BOLD } : {}),
    })
  }
  return runs
}
