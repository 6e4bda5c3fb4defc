import { readFileSync } from 'node:fs'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Reads a PDF from the outside, as a viewer does: pdf.js (Firefox's PDF engine) interprets each page's
 * content stream, and every glyph comes back with the Unicode text its font maps it to (ToUnicode), its
 * origin, advance and size on the page. Nothing of Banxin's own is used, so a test of a PDF through this
 * reader judges what a reader, a printer and a search index get.
 *
 * Coordinates are points from the top left corner of the page's MediaBox, y growing downwards, like the
 * Layout's; `y` is the baseline.
 */

export interface PdfGlyph {
  /** The text the font's ToUnicode gives for this glyph ('' when it gives none). */
  text: string
  x: number
  y: number
  /** Width from the origin to the next glyph's origin without character spacing: the glyph's own box. */
  advance: number
  size: number
  /**
   * Unit vectors on the page (y down): the direction the text runs in and the glyph's up. Upright
   * horizontal text runs [1, 0] with its top [0, -1]; a sideways run in a vertical line (turned 90°
   * clockwise) runs [0, 1] with its top [1, 0].
   */
  dir: [number, number]
  up: [number, number]
  /** pdf.js's id for the font, a key of `PdfDocument.fonts`. */
  font: string
}

export interface PdfPage {
  number: number
  width: number
  height: number
  /** The visible page (CropBox, or MediaBox) in PDF user space: [x0, y0, x1, y1], origin bottom left. */
  view: readonly [number, number, number, number]
  /** In drawing order, which is the order a viewer copies text in. */
  glyphs: PdfGlyph[]
}

export interface PdfFont {
  id: string
  /** BaseFont, with its subset tag (`ABCDEF+`) when it has one. */
  name: string
  embedded: boolean
  type3: boolean
  /** Ascent and descent as fractions of the size (positive descent goes below the baseline). */
  ascent: number
  descent: number
}

export interface PdfDocument {
  pages: PdfPage[]
  fonts: Map<string, PdfFont>
}

type Matrix = readonly [number, number, number, number, number, number]
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** a·b: the transformation that applies b, then a. */
const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[2] * b[1],
  a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3],
  a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4],
  a[1] * b[4] + a[3] * b[5] + a[5],
]
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
]

interface TextState {
  ctm: Matrix
  textMatrix: Matrix
  x: number
  y: number
  lineX: number
  lineY: number
  leading: number
  charSpacing: number
  wordSpacing: number
  hScale: number
  rise: number
  font: string
  fontSize: number
  fontScale: number
}

interface PdfjsGlyph {
  unicode: string
  width: number
  isSpace: boolean
}

interface PdfjsFont {
  name?: string
  missingFile?: boolean
  isType3Font?: boolean
  fontMatrix?: number[]
  ascent?: number
  descent?: number
}

export async function readPdf(source: string | Uint8Array): Promise<PdfDocument> {
  const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : new Uint8Array(source)
  const task = getDocument({ data, fontExtraProperties: true, verbosity: 0 })
  const doc = await task.promise
  const fonts = new Map<string, PdfFont>()
  const pages: PdfPage[] = []
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      const ops = await page.getOperatorList()
      const fontOf = (id: string): PdfjsFont => page.commonObjs.get(id) as PdfjsFont
      const toPage = (x: number, y: number): [number, number] => [x - x0, y1 - y]
      pages.push({
        number: n,
        width: x1 - x0,
        height: y1 - y0,
        view: [x0, y0, x1, y1],
        glyphs: pageGlyphs(ops.fnArray, ops.argsArray, fontOf, toPage),
      })
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== OPS.setFont) continue
        const id = (ops.argsArray[i] as [string])[0]
        if (fonts.has(id)) continue
        const f = fontOf(id)
        fonts.set(id, {
          id,
          name: f.name ?? id,
          embedded: !f.missingFile,
          type3: Boolean(f.isType3Font),
          ascent: f.ascent ?? 0.88,
          descent: Math.abs(f.descent ?? 0.12),
        })
      }
      page.cleanup()
    }
  } finally {
    await task.destroy()
  }
  return { pages, fonts }
}

/** The text state machine of ISO 32000-1 §9.4, as pdf.js's canvas renderer runs it. */
function pageGlyphs(
  fnArray: number[],
  argsArray: unknown[],
  fontOf: (id: string) => PdfjsFont,
  toPage: (x: number, y: number) => [number, number],
): PdfGlyph[] {
  const glyphs: PdfGlyph[] = []
  let s: TextState = {
    ctm: IDENTITY,
    textMatrix: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
    leading: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    rise: 0,
    font: '',
    fontSize: 0,
    fontScale: 0.001,
  }
  const stack: TextState[] = []
  const moveText = (x: number, y: number) => {
    s.x = s.lineX += x
    s.y = s.lineY += y
  }
  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i] as unknown[]
    switch (fnArray[i]) {
      case OPS.save:
        stack.push({ ...s })
        break
      case OPS.restore:
        s = stack.pop() ?? s
        break
      case OPS.transform:
        s.ctm = multiply(s.ctm, args as unknown as Matrix)
        break
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...s })
        const matrix = args[0] as Matrix | null
        if (matrix) s.ctm = multiply(s.ctm, matrix)
        break
      }
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s
        break
      case OPS.beginText:
        s.textMatrix = IDENTITY
        s.x = s.lineX = s.y = s.lineY = 0
        break
      case OPS.setTextMatrix:
        s.textMatrix = Array.from(args[0] as ArrayLike<number>) as unknown as Matrix
        s.x = s.lineX = s.y = s.lineY = 0
        break
      case OPS.moveText:
        moveText(args[0] as number, args[1] as number)
        break
      case OPS.setLeadingMoveText:
        s.leading = args[1] as number
        moveText(args[0] as number, args[1] as number)
        break
      case OPS.setLeading:
        s.leading = -(args[0] as number)
        break
      case OPS.nextLine:
        moveText(0, s.leading)
        break
      case OPS.setCharSpacing:
        s.charSpacing = args[0] as number
        break
      case OPS.setWordSpacing:
        s.wordSpacing = args[0] as number
        break
      case OPS.setHScale:
        s.hScale = (args[0] as number) / 100
        break
      case OPS.setTextRise:
        s.rise = args[0] as number
        break
      case OPS.setFont:
        s.font = args[0] as string
        s.fontSize = Math.abs(args[1] as number)
        s.fontScale = fontOf(s.font).fontMatrix?.[0] ?? 0.001
        break
      case OPS.showText: {
        const m = multiply(s.ctm, s.textMatrix)
        const origin = (tx: number): [number, number] =>
          toPage(...apply(m, s.x + tx * s.hScale, s.y + s.rise))
        // The size on the page: the length of a text-space unit up, through both matrices.
        const [ux, uy] = apply(m, 0, 0)
        const [vx, vy] = apply(m, 0, s.fontSize)
        const size = Math.hypot(vx - ux, vy - uy)
        const unit = (from: [number, number], to: [number, number]): [number, number] => {
          const length = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1
          return [(to[0] - from[0]) / length, (to[1] - from[1]) / length]
        }
        const dir = unit(toPage(ux, uy), toPage(...apply(m, 1, 0)))
        const up = unit(toPage(ux, uy), toPage(vx, vy))
        let tx = 0
        for (const g of args[0] as (PdfjsGlyph | number)[]) {
          if (typeof g === 'number') {
            tx -= (g * s.fontSize) / 1000
            continue
          }
          const width = g.width * s.fontSize * s.fontScale
          const [x, y] = origin(tx)
          const [ex, ey] = origin(tx + width)
          glyphs.push({ text: g.unicode ?? '', x, y, advance: Math.hypot(ex - x, ey - y), size, font: s.font, dir, up })
          tx += width + s.charSpacing + (g.isSpace ? s.wordSpacing : 0)
        }
        s.x += tx * s.hScale
        break
      }
    }
  }
  return glyphs
}
