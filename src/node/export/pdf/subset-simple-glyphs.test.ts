import type { Font } from 'fontkit'
import { describe, expect, it } from 'vitest'
import { bundledFontPath } from '../../fonts/bundled-fonts'
import { readFont } from '../../fonts/read-font'
import { copySimpleGlyphs } from './subset-simple-glyphs'

/** Han, marks, accented Latin (composite glyphs in Noto), a ligature, digits, symbols and a space (an empty glyph). */
const TEXT = '版心排版：“引号”《书名》——破折号……。Ångström café naïve ﬁ 2026年 ①②③ ±×÷'

type Decoding = { _decode(): unknown }

/** The subset's bytes, and how many glyph outlines were decoded to make it. */
function subset(font: Font, fast: boolean): { bytes: Buffer; decoded: number } {
  const glyphs = font.layout(TEXT).glyphs
  const s = font.createSubset()
  if (fast) copySimpleGlyphs(s)
  for (const g of glyphs) s.includeGlyph(g)
  const proto = Object.getPrototypeOf(glyphs.find((g) => g.id > 0)!) as Decoding
  const decode = proto._decode
  let decoded = 0
  proto._decode = function (this: Decoding) {
    decoded++
    return decode.call(this)
  }
  try {
    return { bytes: Buffer.from(s.encode()), decoded }
  } finally {
    proto._decode = decode
  }
}

describe('copySimpleGlyphs', () => {
  it.each(['song', 'hei-bold'] as const)('%s: the same subset as fontkit makes, decoding only the composite glyphs', (face) => {
    const fontkit = subset(readFont(bundledFontPath(face))!, false)
    const ours = subset(readFont(bundledFontPath(face))!, true)
    expect(ours.bytes.equals(fontkit.bytes)).toBe(true)
    expect(ours.decoded).toBeGreaterThan(0)
    expect(ours.decoded).toBeLessThan(fontkit.decoded / 4)
  })
})
