/// <reference types="pdfkit" />
import type { Font, Glyph as FontkitGlyph } from 'fontkit'
import type { FaceId } from '../../../core/typeset/font-metrics'
import type { Glyph } from '../../../core/typeset/frame'
import type { FontRegistry } from '../../fonts/font-registry'
import { glyphAdvance } from '../../fonts/fontkit-face'
import type { SubsetFont } from './subset-tag'
import { tagSubsetByContent } from './subset-tag'
import { copySimpleGlyphs } from './subset-simple-glyphs'

/**
 * The faces a document draws with, registered with pdfkit on first use: pdfkit subsets and embeds them
 * (Type0, Identity-H, with a ToUnicode map) while this writer encodes the glyphs the layout shaped.
 *
 * A compressed mark (。 set in ½ em) is drawn from its own font instance whose advance for each glyph is
 * the glyph's ink half. PDF viewers, copy/paste and text extraction take a glyph's box from the font's
 * advances, not from the positioning: drawn with the normal instance, a line-end 。 would look to them
 * as if it stuck out ½ em past the measure.
 */

/** What this writer reaches of pdfkit's embedded font: its subset, /W widths and ToUnicode entries. */
interface EmbeddedFont extends SubsetFont {
  subset: SubsetFont['subset'] & { includeGlyph(glyph: number): number; glyphs: number[] }
  /** /W by subset glyph id, 1/1000 em. */
  widths: number[]
  /** ToUnicode by subset glyph id. */
  unicode: number[][]
  ref(): unknown
}

interface DocumentInternals {
  _font: EmbeddedFont
  page: { fonts: Record<string, unknown> }
}

export interface EncodedGlyph {
  /** The glyph's code in the content stream (its subset id, four hex digits). */
  code: string
  /** Its width in the font's /W, 1/1000 em. */
  width: number
}

export interface PdfFont {
  /** The font's resource name, registered with the current page. */
  resource(): string
  /** Adds a glyph of the run's text to the subset, with its width and text for viewers. */
  encode(glyph: Glyph, text: string): EncodedGlyph
}

export type PdfFonts = (face: FaceId, compressed: boolean) => PdfFont

/**
 * A view of `font` whose glyphs advance by `advances` where it has them: in the PDF's /W widths and
 * in the subset font's own hmtx (fontkit's subsetter reads advances through `getGlyph`), since some
 * readers (MuPDF) take a glyph's box from the embedded font rather than from /W.
 */
function compressedInstance(font: Font, advances: ReadonlyMap<number, number>): Font {
  const getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = font.getGlyph(id, codePoints)
    const advanceWidth = advances.get(id)
    // The glyph caches its advance as a read-only property, so the view shadows it rather than proxying.
    return advanceWidth === undefined ? glyph : (Object.create(glyph, { advanceWidth: { value: advanceWidth } }) as FontkitGlyph)
  }
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'getGlyph') return getGlyph
      // pdfkit merges instances with the same PostScript name; this one must stay apart.
      if (prop === 'postscriptName') return `${target.postscriptName}-Compressed`
      return Reflect.get(target, prop, target)
    },
  })
}

/** Subsets whose glyphs are made in file order: faces printed by one font share a subset, wrapped once. */
const inFileOrder = new WeakSet<object>()

/**
 * Before the subset is encoded, fontkit's glyph objects for it are made in glyph-id order, which is the
 * order of their outlines in the file: a font read in part (node/fonts/read-font) then reads them front
 * to back, into fewer fresh pages of its buffer than in the order of the text (layout takes glyph ids
 * from the cmap and reads no outline). Each is made with the code points it was drawn for, as fontkit's
 * `glyphForCodePoint` makes it: fontkit keeps the first object made for an id, and shapes with its code points.
 */
function makeGlyphsInFileOrder(embedded: EmbeddedFont, font: Font): void {
  const { subset } = embedded
  if (inFileOrder.has(subset)) return
  inFileOrder.add(subset)
  const encode = subset.encode.bind(subset)
  subset.encode = () => {
    const order = subset.glyphs.map((id, gid) => [id, gid] as const).sort((a, b) => a[0] - b[0])
    for (const [id, gid] of order) font.getGlyph(id, embedded.unicode[gid])
    return encode()
  }
}

function codePointsOf(text: string): number[] {
  const out: number[] = []
  for (const ch of text) out.push(ch.codePointAt(0)!)
  return out
}

export function pdfFonts(doc: PDFKit.PDFDocument, registry: FontRegistry): PdfFonts {
  const registered = new Map<string, PdfFont>()
  // pdfkit merges faces printed by the same font into one embedded font: they share its compressed advances too.
  const compressedAdvances = new Map<Font, Map<number, number>>()
  const internals = doc as unknown as DocumentInternals
  return (face, compressed) => {
    const key = compressed ? `${face}~compressed` : face
    let entry = registered.get(key)
    if (entry) return entry
    const { font } = registry.loaded(face)
    const em = font.unitsPerEm
    const advances = compressedAdvances.get(font) ?? new Map<number, number>()
    compressedAdvances.set(font, advances)
    // pdfkit 0.20 accepts a fontkit font object wherever it takes a font file.
    doc.registerFont(key, (compressed ? compressedInstance(font, advances) : font) as unknown as Uint8Array)
    doc.font(key)
    const embedded = internals._font
    makeGlyphsInFileOrder(embedded, font)
    const codes: string[] = []
    tagSubsetByContent(embedded)
    copySimpleGlyphs(embedded.subset)
    entry = {
      resource() {
        internals.page.fonts[embedded.id] ??= embedded.ref()
        return embedded.id
      },
      encode(glyph, text) {
        if (compressed && !advances.has(glyph.id)) advances.set(glyph.id, glyph.advance * em)
        const gid = embedded.subset.includeGlyph(glyph.id)
        embedded.widths[gid] ??= ((compressed ? advances.get(glyph.id)! : glyphAdvance(font, glyph.id)) * 1000) / em
        // A glyph that continues a cluster (a decomposed character) carries no text of its own.
        if (!embedded.unicode[gid]?.length) embedded.unicode[gid] = codePointsOf(text)
        return { code: (codes[gid] ??= gid.toString(16).padStart(4, '0')), width: embedded.widths[gid]! }
      },
    }
    registered.set(key, entry)
    return entry
  }
}
