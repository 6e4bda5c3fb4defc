import type { Font, Glyph as FontkitGlyph } from 'fontkit'
import type { FontFace, MarkBlanks } from '../../core/typeset/font-metrics'
import { advanceOf } from '../../core/typeset/font-metrics'
import type { Glyph } from '../../core/typeset/frame'

/**
 * Characters set one glyph each, straight from the cmap: Han, kana, CJK marks and symbols, full-width
 * forms, curly quotes, …, ·. Shaping them one by one through GSUB/GPOS costs ten times as much and
 * changes nothing in a CJK font.
 */
function isCmapChar(cp: number): boolean {
  return cp >= 0x2e80 || (cp >= 0x2018 && cp <= 0x201d) || cp === 0x2026 || cp === 0xb7
}

/** fontkit's decoded `hmtx` table (its tables are readable by tag; the typings leave them out). */
interface HmtxTable {
  metrics: { length: number; get(index: number): { advance: number } }
}

/** The font's table data as fontkit read it: the file's bytes and the table directory. */
interface RawTables {
  /** 'TTF' for a TrueType or OpenType file or a font of a collection: its tables are in `stream` as in the file. */
  type: string
  stream: { buffer: Buffer }
  directory: { tables: Record<string, { offset: number; length: number } | undefined> }
  hhea: { numberOfMetrics: number }
}

const advanceReaders = new WeakMap<Font, (glyphId: number) => number>()

/**
 * Advances read from the bytes of `hmtx` (an unsigned 16-bit advance every 4 bytes) where fontkit holds
 * the tables as they are in the file; else through fontkit's decoded table, which decodes a struct for
 * each glyph asked. Glyphs past the table's end share its last advance (OpenType hmtx: monospaced tails).
 */
function advanceReader(font: Font): (glyphId: number) => number {
  const { type, stream, directory, hhea } = font as unknown as RawTables
  const hmtx = directory.tables.hmtx
  const long = hhea.numberOfMetrics
  if (type === 'TTF' && hmtx && long > 0 && hmtx.length >= 4 * long) return (id) => stream.buffer.readUInt16BE(hmtx.offset + 4 * Math.min(id, long - 1))
  const { metrics } = (font as unknown as { hmtx: HmtxTable }).hmtx
  return (id) => metrics.get(Math.min(id, metrics.length - 1)).advance
}

/**
 * A glyph's advance straight from `hmtx`. fontkit's `glyph.advanceWidth` first decodes the outline (for
 * a bounding box that advance widths never need), which is most of the cost of measuring a new character.
 */
export function glyphAdvance(font: Font, glyphId: number): number {
  let read = advanceReaders.get(font)
  if (!read) advanceReaders.set(font, (read = advanceReader(font)))
  return read(glyphId)
}

/**
 * Vertical metrics from `vhea` and `vmtx`, read from the font's bytes (fontkit 2 reads `vhea`'s version as
 * 16 bits and so misreads every field after it). Per glyph: its advance down a vertical line and the
 * top of its vertical box (top side bearing + yMax, where a font has no VORG), in font units.
 */
export function verticalMetrics(font: Font): ((glyphId: number) => { advance: number; origin: number }) | undefined {
  const { stream, directory } = font as unknown as RawTables
  const vhea = directory.tables.vhea
  const vmtx = directory.tables.vmtx
  if (!vhea || !vmtx || vhea.length < 36) return undefined
  const bytes = stream.buffer
  const long = bytes.readUInt16BE(vhea.offset + 34)
  if (!long) return undefined
  return (id) => {
    const advance = bytes.readUInt16BE(vmtx.offset + 4 * Math.min(id, long - 1))
    const tsb = id < long ? bytes.readInt16BE(vmtx.offset + 4 * id + 2) : bytes.readInt16BE(vmtx.offset + 4 * long + 2 * (id - long))
    return { advance, origin: tsb + font.getGlyph(id).bbox.maxY }
  }
}

/**
 * Clusters of fontkit's glyphs as UTF-16 ranges of `text`: each glyph covers its code points; a glyph
 * with none (the second part of a decomposed character) belongs to the cluster before it.
 */
function withClusters(glyphs: readonly FontkitGlyph[], positions: readonly { xAdvance: number; xOffset: number; yOffset: number }[], em: number): Glyph[] {
  const out: Glyph[] = []
  let at = 0
  glyphs.forEach((g, i) => {
    const p = positions[i]!
    let length = 0
    for (const cp of g.codePoints) length += cp > 0xffff ? 2 : 1
    const prev = out[out.length - 1]
    const [start, end] = length || !prev ? [at, at + length] : [prev.start, prev.end]
    out.push({ id: g.id, advance: p.xAdvance / em, dx: p.xOffset / em, dy: p.yOffset / em, start, end })
    at += length
  })
  return out
}

/** fontkit's cmap (its typings leave it out): a code point's glyph id, 0 where the font has none. */
interface CmapTables {
  _cmapProcessor: { lookup(codePoint: number): number }
}

/**
 * A code point's glyph id straight from the cmap, remembered. fontkit's `glyphForCodePoint` also makes the
 * glyph object, whose outline a font read in part (read-font.ts) then reads from the file: layout needs
 * only the id and the advance, and the PDF's subset reads the outlines later, in file order.
 */
function cmapGlyphIds(font: Font): (codePoint: number) => number {
  const { _cmapProcessor: cmap } = font as unknown as CmapTables
  const ids = new Map<number, number>()
  return (cp) => {
    let id = ids.get(cp)
    if (id === undefined) ids.set(cp, (id = cmap.lookup(cp)))
    return id
  }
}

/** The engine's font metrics over a fontkit font, all but what depends on the face it stands for. */
export type FontkitMetrics = Omit<FontFace, 'syntheticBold'>

/**
 * Shapes as pdfkit would (fontkit `layout`, default features), except characters drawn straight from
 * the cmap. Everything is cached, so a warm re-typeset of a long document is a matter of map look-ups.
 */
export function fontkitFace(font: Font): FontkitMetrics {
  const em = font.unitsPerEm
  const shaped = new Map<string, readonly Glyph[]>()
  const blanks = new Map<string, MarkBlanks>()
  const halt = font.availableFeatures.includes('halt')
  const glyphId = cmapGlyphIds(font)
  const os2 = font['OS/2']
  // The ideographic em box: CJK fonts set typo ascender − descender to one em (880/−120 in Noto CJK).
  const emBox = os2 && os2.typoAscender - os2.typoDescender === em
  const ascent = emBox ? os2.typoAscender / em : 0.88

  const shapeUncached = (text: string, features?: readonly string[]): Glyph[] => {
    const cps: number[] = []
    for (const ch of text) cps.push(ch.codePointAt(0)!)
    if (!features?.length && cps.every(isCmapChar)) {
      let at = 0
      return cps.map((cp) => {
        const id = glyphId(cp)
        const start = at
        at += cp > 0xffff ? 2 : 1
        return { id, advance: glyphAdvance(font, id) / em, dx: 0, dy: 0, start, end: at }
      })
    }
    // fontkit takes an object to turn default features off: '-liga' → { liga: false }.
    const run = font.layout(text, features ? Object.fromEntries(features.map((f) => (f.startsWith('-') ? [f.slice(1), false] : [f, true]))) : undefined)
    return withClusters(run.glyphs, run.positions, em)
  }

  const shape = (text: string, features?: readonly string[]): readonly Glyph[] => {
    const key = features?.length ? `${text}\u0000${features.join(',')}` : text
    let glyphs = shaped.get(key)
    if (!glyphs) shaped.set(key, (glyphs = shapeUncached(text, features)))
    return glyphs
  }

  const vertical = verticalMetrics(font)
  // fwid first, so a —— is the font's two-em dash before it is turned for the vertical line.
  const VERTICAL_FEATURES = ['fwid', font.availableFeatures.includes('vrt2') ? 'vrt2' : 'vert']
  const shapedVertically = new Map<string, readonly Glyph[]>()
  const shapeVertical = (text: string): readonly Glyph[] => {
    let glyphs = shapedVertically.get(text)
    if (glyphs) return glyphs
    const run = font.layout(text, VERTICAL_FEATURES)
    glyphs = withClusters(run.glyphs, run.positions, em).map((g) => {
      const v = vertical?.(g.id)
      return { ...g, advance: v ? v.advance / em : 1, dx: (1 - glyphAdvance(font, g.id) / em) / 2, dy: -(v ? v.origin / em : ascent) }
    })
    shapedVertically.set(text, glyphs)
    return glyphs
  }

  const markBlanks = (mark: string): MarkBlanks => {
    let b = blanks.get(mark)
    if (b) return b
    const full = advanceOf(shape(mark))
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
    shape,
    shapeVertical,
    hasGlyph: (cp) => glyphId(cp) !== 0,
    markBlanks,
    ascent,
  }
}
