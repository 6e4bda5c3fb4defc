import type { Font } from 'fontkit'
import type { FontFace, MarkBlanks } from '../../core/typeset/font-metrics'

/**
 * Characters set one glyph each, straight from the cmap: Han, kana, CJK marks and symbols, full-width
 * forms, curly quotes, …, ·. Shaping them one by one through GSUB/GPOS costs ten times as much and
 * changes nothing in a CJK font; the PDF writer draws them the same way, so measure and drawing agree.
 */
export function isCmapChar(cp: number): boolean {
  return cp >= 0x2e80 || (cp >= 0x2018 && cp <= 0x201d) || cp === 0x2026 || cp === 0xb7
}

/** fontkit's decoded `hmtx` table (its tables are readable by tag; the typings leave them out). */
interface HmtxTable {
  metrics: { length: number; get(index: number): { advance: number } }
}

/**
 * A glyph's advance straight from `hmtx`. fontkit's `glyph.advanceWidth` first decodes the outline (for
 * a bounding box that advance widths never need), which is most of the cost of measuring a new character.
 */
export function glyphAdvance(font: Font, glyphId: number): number {
  const { metrics } = (font as unknown as { hmtx: HmtxTable }).hmtx
  // Glyphs past the table's end share its last advance (OpenType hmtx: monospaced tails).
  return metrics.get(Math.min(glyphId, metrics.length - 1)).advance
}

/**
 * The engine's font metrics over a fontkit font. Other text (Latin words, ——) is shaped as pdfkit will
 * shape it (fontkit `layout`, default features). Everything is cached, so a warm re-typeset of a long
 * document is a matter of map look-ups.
 */
export function fontkitFace(font: Font): FontFace {
  const em = font.unitsPerEm
  const advances = new Map<string, number>()
  const blanks = new Map<string, MarkBlanks>()
  const halt = font.availableFeatures.includes('halt')
  const os2 = font['OS/2']
  // The ideographic em box: CJK fonts set typo ascender − descender to one em (880/−120 in Noto CJK).
  const emBox = os2 && os2.typoAscender - os2.typoDescender === em
  const ascent = emBox ? os2.typoAscender / em : 0.88

  const advance = (text: string, features?: readonly string[]): number => {
    const key = features?.length ? `${text}\u0000${features.join(',')}` : text
    let width = advances.get(key)
    if (width === undefined) {
      const cp = text.codePointAt(0)!
      const single = text.length === (cp > 0xffff ? 2 : 1)
      width = (single && !features?.length && isCmapChar(cp) ? glyphAdvance(font, font.glyphForCodePoint(cp).id) : font.layout(text, features ? [...features] : undefined).advanceWidth) / em
      advances.set(key, width)
    }
    return width
  }

  const markBlanks = (mark: string): MarkBlanks => {
    let b = blanks.get(mark)
    if (b) return b
    const full = advance(mark)
    if (full < 0.9) b = { before: 0, after: 0 }
    else if (halt) {
      // `halt` gives the mark's half-width setting: its advance and where its ink moves to.
      const pos = font.layout(mark, ['halt']).positions[0]!
      const before = Math.max(0, -pos.xOffset / em)
      b = { before, after: Math.max(0, full - pos.xAdvance / em - before) }
    } else {
      // No `halt`: the blank half is the half without ink; a centred mark gives up a quarter each side.
      const glyph = font.glyphForCodePoint(mark.codePointAt(0)!)
      const { minX, maxX } = glyph.bbox
      const half = (full * em) / 2
      b = maxX <= half ? { before: 0, after: full / 2 } : minX >= half ? { before: full / 2, after: 0 } : { before: full / 4, after: full / 4 }
    }
    blanks.set(mark, b)
    return b
  }

  return {
    advance,
    hasGlyph: (cp) => font.hasGlyphForCodePoint(cp),
    markBlanks,
    ascent,
  }
}
