import { existsSync, readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import type { Font } from 'fontkit'
import { describe, expect, it } from 'vitest'
import { bundledFontPath } from './bundled-fonts'
import { advanceOf } from '../../core/typeset/font-metrics'
import { fontkitFace, glyphAdvance } from './fontkit-face'

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

  it('and for a CFF font in a collection', ({ skip }) => {
    skip(!existsSync(NOTO_CJK), `no ${NOTO_CJK} (Debian fonts-noto-cjk)`)
    const font = open(NOTO_CJK, 'NotoSerifCJKsc-Regular')
    for (const id of sampleIds(font)) expect(glyphAdvance(font, id), `glyph ${id}`).toBe(font.getGlyph(id).advanceWidth)
  })
})

describe('fontkitFace().shape', () => {
  const face = fontkitFace(open(bundledFontPath('song')))

  it('sets Han characters and CJK marks one glyph each, straight from the cmap', () => {
    const glyphs = face.shape('排版，')
    expect(glyphs.map((g) => [g.start, g.end, g.advance, g.dx, g.dy])).toEqual([
      [0, 1, 1, 0, 0],
      [1, 2, 1, 0, 0],
      [2, 3, 1, 0, 0],
    ])
  })

  it('shapes Latin words and —— through fontkit: the same glyphs and advances, each glyph knowing its characters', () => {
    const font = open(bundledFontPath('song'))
    for (const [text, features] of [['Typography', undefined], ['——', ['fwid']]] as const) {
      const glyphs = face.shape(text, features)
      const run = font.layout(text, features ? [...features] : undefined)
      expect(glyphs.map((g) => g.id)).toEqual(run.glyphs.map((g) => g.id))
      expect(advanceOf(glyphs)).toBeCloseTo(run.advanceWidth / font.unitsPerEm, 9)
      expect(glyphs[0]!.start).toBe(0)
      expect(glyphs.at(-1)!.end, `${text}: the clusters cover the text`).toBe(text.length)
    }
  })
})

describe('fontkitFace().shapeVertical', () => {
  const font = open(bundledFontPath('song'))
  const face = fontkitFace(font)
  const id = (c: string) => font.glyphForCodePoint(c.codePointAt(0)!).id

  it('sets marks in their vertical forms (vert/vrt2) and Han as they are, each one em down the line', () => {
    const glyphs = face.shapeVertical('新，。「」《》')
    expect(glyphs[0]!.id).toBe(id('新'))
    for (const [i, mark] of [...'，。「」《》'].entries()) expect(glyphs[i + 1]!.id, mark).not.toBe(id(mark))
    for (const g of glyphs) expect([g.advance, g.dx, g.dy]).toEqual([1, 0, -0.88])
    expect(glyphs.map((g) => [g.start, g.end])).toEqual([...Array(7).keys()].map((i) => [i, i + 1]))
  })

  it('reads vertical advances from vmtx: the —— is one glyph two ems long', () => {
    const [dash, ...rest] = face.shapeVertical('——')
    expect(rest).toEqual([])
    expect(dash!.advance).toBe(2)
    expect(dash!.dy).toBeLessThan(-0.88)
  })

  it('in a CFF collection too', ({ skip }) => {
    skip(!existsSync(NOTO_CJK), `no ${NOTO_CJK} (Debian fonts-noto-cjk)`)
    const cjk = fontkitFace(open(NOTO_CJK, 'NotoSerifCJKsc-Regular'))
    const [han, stop] = cjk.shapeVertical('新。')
    expect([han!.advance, stop!.advance]).toEqual([1, 1])
    expect(han!.dy).toBeCloseTo(-0.88, 2)
  })
})
