/// <reference types="pdfkit" />
import type { Font, Glyph } from 'fontkit'
import type { FaceId } from '../../../core/typeset/font-metrics'
import type { FontRegistry } from '../../fonts/font-registry'
import { shape, type LaidOutRun } from '../shape-run'

/**
 * The faces a document draws with, registered with pdfkit on first use (pdfkit subsets and embeds
 * them as Type0/Identity-H with a ToUnicode map).
 *
 * A compressed mark (。 set in ½ em) gets its own font instance whose advance for each glyph is the
 * glyph's ink half. PDF viewers, copy/paste and text extraction take a glyph's box from the font's
 * advances, not from the positioning: drawn with the normal instance, a line-end 。 would look to
 * them as if it stuck out ½ em past the measure.
 */

export interface PdfFontKey {
  key: string
  syntheticBold: boolean
}

export type PdfFonts = (face: FaceId, compressed: boolean) => PdfFontKey

/** What pdfkit sees of a face: the fontkit font with `layout` replaced by `shape`. */
function drawingInstance(font: Font): Font {
  const layout = (text: string, features?: string[]) => shape(font, text, features)
  return new Proxy(font, { get: (target, prop) => (prop === 'layout' ? layout : Reflect.get(target, prop, target)) })
}

/**
 * A view of `font` whose glyphs each advance by their width less the blank a compressed mark gives
 * up — in the positions pdfkit writes, in the PDF's /W widths and in the subset font's own hmtx
 * (fontkit's subsetter reads advances through `getGlyph`), since some readers (MuPDF) take a glyph's
 * box from the embedded font rather than from /W.
 */
function compressedInstance(font: Font, blankAfter: (text: string) => number): Font {
  const advances = new Map<number, number>()
  const layout = (text: string, features?: string[]): LaidOutRun => {
    const glyphs = shape(font, text, features).glyphs.map((g) => {
      const advanceWidth = g.advanceWidth - blankAfter(String.fromCodePoint(...g.codePoints)) * font.unitsPerEm
      advances.set(g.id, advanceWidth)
      return { ...g, advanceWidth }
    })
    const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }))
    return { glyphs, positions, advanceWidth: positions.reduce((w, p) => w + p.xAdvance, 0) }
  }
  const getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = font.getGlyph(id, codePoints)
    const advanceWidth = advances.get(id)
    // The glyph caches its advance as a read-only property, so the view shadows it rather than proxying.
    return advanceWidth === undefined ? glyph : (Object.create(glyph, { advanceWidth: { value: advanceWidth } }) as Glyph)
  }
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout
      if (prop === 'getGlyph') return getGlyph
      // pdfkit merges instances with the same PostScript name; this one must stay apart.
      if (prop === 'postscriptName') return `${target.postscriptName}-Compressed`
      return Reflect.get(target, prop, target)
    },
  })
}

export function pdfFonts(doc: PDFKit.PDFDocument, registry: FontRegistry): PdfFonts {
  const registered = new Map<string, PdfFontKey>()
  return (face, compressed) => {
    const key = compressed ? `${face}~compressed` : face
    let entry = registered.get(key)
    if (!entry) {
      const loaded = registry.loaded(face)
      const font = compressed ? compressedInstance(loaded.font, (text) => loaded.metrics.markBlanks(text).after) : drawingInstance(loaded.font)
      // pdfkit 0.20 accepts a fontkit font object wherever it takes a font file.
      doc.registerFont(key, font as unknown as Uint8Array)
      entry = { key, syntheticBold: loaded.syntheticBold }
      registered.set(key, entry)
    }
    return entry
  }
}
