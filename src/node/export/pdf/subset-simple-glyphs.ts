/**
 * fontkit's TrueType subsetter decodes each glyph's whole outline, every point, only to learn whether it
 * is a composite whose parts must come along; the first field of the glyph (numberOfContours) says so.
 * For the few hundred CJK glyphs of a document that decoding was most of the subset's time. Simple
 * glyphs are copied as bytes here, with the advance and bearing fontkit would write; composites,
 * empty glyphs and variable fonts still take fontkit's own path. The subset's bytes are the same.
 */

/** What this module reaches of fontkit's TrueType subset (fontkit is pinned: docs/libraries.md). */
interface TrueTypeSubset {
  font: {
    loca?: { offsets: ArrayLike<number> }
    _variationProcessor?: unknown
    getGlyph(id: number): { advanceWidth: number; _getMetrics(): { leftBearing: number } }
    _getTableStream(tag: 'glyf'): { pos: number; view: DataView; readBuffer(length: number): Uint8Array } | null
  }
  glyf: Uint8Array[]
  loca: { offsets: number[] }
  hmtx: { metrics: { advance: number; bearing: number }[] }
  offset: number
  _addGlyph?: (glyphId: number) => number
}

/** The header every non-empty glyph starts with: numberOfContours and its box, 2 bytes each. */
const GLYPH_HEADER = 10

/** Faces printed by one font share pdfkit's embedded font and its subset: it is changed once. */
const changed = new WeakSet<object>()

export function copySimpleGlyphs(subset: object): void {
  const s = subset as TrueTypeSubset
  // A CFF subset has no _addGlyph; a variable font's glyphs are re-encoded at their instance.
  if (changed.has(s) || !s._addGlyph || !s.font.loca || s.font._variationProcessor) return
  changed.add(s)
  const addGlyph = s._addGlyph.bind(s)
  s._addGlyph = (glyphId) => {
    const { font } = s
    // First, as fontkit does: a font read in part (node/fonts/read-font) reads the outline here.
    const glyph = font.getGlyph(glyphId)
    const start = font.loca!.offsets[glyphId]!
    const length = font.loca!.offsets[glyphId + 1]! - start
    const glyf = font._getTableStream('glyf')
    if (!glyf || length < GLYPH_HEADER || glyf.view.getInt16(glyf.pos + start) < 0) return addGlyph(glyphId)
    glyf.pos += start
    const bytes = glyf.readBuffer(length)
    s.glyf.push(bytes)
    s.loca.offsets.push(s.offset)
    s.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing })
    s.offset += bytes.length
    return s.glyf.length - 1
  }
}
