import { existsSync, readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import type { Font } from 'fontkit'
import { describe, expect, it } from 'vitest'
import { bundledFontPath } from './bundled-fonts'
import { glyphAdvance } from './fontkit-face'

const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'

const open = (path: string, name?: string): Font => {
  const opened = fontkit.create(readFileSync(path), name)
  return 'fonts' in opened ? opened.fonts[0]! : opened
}

/** Glyph ids to compare: common marks and Han, Latin, and both ends of the font. */
const sampleIds = (font: Font): number[] => [
  ...[...'中文排版，。、「」《》——…ＡＢ123abc'].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id),
  0,
  1,
  font.numGlyphs - 1,
]

describe('glyphAdvance', () => {
  it('reads the same advances as fontkit, without decoding outlines (TrueType)', () => {
    const font = open(bundledFontPath('song'))
    for (const id of sampleIds(font)) expect(glyphAdvance(font, id), `glyph ${id}`).toBe(font.getGlyph(id).advanceWidth)
  })

  it.skipIf(!existsSync(NOTO_CJK))('and for a CFF font in a collection', () => {
    const font = open(NOTO_CJK, 'NotoSerifCJKsc-Regular')
    for (const id of sampleIds(font)) expect(glyphAdvance(font, id), `glyph ${id}`).toBe(font.getGlyph(id).advanceWidth)
  })
})
