import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../../../core/model/build'
import { findPreset } from '../../../core/typeset/builtin-presets'
import { createFontRegistry } from '../../fonts/font-registry'
import { exportPdf } from './export-pdf'

describe('the fonts a PDF embeds', () => {
  it('leave fontkit’s glyphs with the code points they were drawn for, so a later vertical line keeps its clusters', async () => {
    // Characters no other test of this file sets: their glyph objects are first made while the PDF is written.
    const text = '鑫淼犇'
    await exportPdf({ article: article({ title: '标题' }, [paragraph(text)]), assetData: {} }, { preset: 'a4' })
    // Fonts are opened once per process: this is the font the export drew with.
    const { font, metrics } = createFontRegistry({ preferences: findPreset('a4').fonts }).loaded('song')
    for (const ch of text) expect(font.glyphForCodePoint(ch.codePointAt(0)!).codePoints, ch).toEqual([ch.codePointAt(0)])
    expect(metrics.shapeVertical(text).map((g) => [g.start, g.end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ])
  })
})
