/// <reference types="pdfkit" />
import { cropWindow } from '../../../core/model/image-frame'
import type { ImageItem, Line, Page, PageItem, TextRun } from '../../../core/typeset/frame'
import type { ImageSource } from '../../layout/layout-bundle'
import type { Ink } from './ink'
import type { PdfFonts } from './pdf-fonts'
import type { Marker } from './tags'

/** Draws one page of the layout with pdfkit, exactly where the layout put everything. */

/** pdfkit's number format: six decimals at most. */
const num = (n: number) => String(Math.round(n * 1e6) / 1e6)

/**
 * A run's glyphs as one text object. The user space is pdfkit's (y down), so the text matrix flips y
 * back (and slants for synthetic italic, or turns a sideways run 90° clockwise). Each glyph advances by
 * its /W width; the TJ adjustment after it makes up the difference to the layout's advance, and Tc adds
 * the run's tracking. A vertical run places each upright glyph with a text matrix of its own: the
 * layout has set them down the line, and the font is written horizontally (Identity-H).
 */
function runContent(run: TextRun, fonts: PdfFonts, ink: Ink): string {
  const font = fonts(run.face, !!run.compressed)
  const resource = font.resource()
  const paint = ink(run.color)
  // In a graphics state of its own (q … Q): its colour, and for synthetic bold the stroke's width and colour.
  const ops = ['q', paint.fill]
  if (run.stroke) ops.push(`${num(run.stroke)} w`, paint.stroke)
  const slant = run.oblique ? Math.tan((run.oblique * Math.PI) / 180) : 0
  const matrix = (x: number, y: number) => (run.rotate ? `0 1 1 0 ${num(x)} ${num(y)} Tm` : `1 0 ${num(slant)} -1 ${num(x)} ${num(y)} Tm`)
  ops.push('BT', `/${resource} ${num(run.size)} Tf`)
  if (run.stroke) ops.push('2 Tr')
  if (run.vertical) {
    let pen = run.y
    run.glyphs.forEach((g, i) => {
      const first = i === 0 || run.glyphs[i - 1]!.start !== g.start
      const { code } = font.encode(g, first ? run.text.slice(g.start, g.end) : '')
      ops.push(matrix(run.x + g.dx * run.size, pen - g.dy * run.size), `<${code}> Tj`)
      pen += g.advance * run.size + run.tracking
    })
  } else {
    ops.push(matrix(run.x, run.y))
    if (run.tracking) ops.push(`${num(run.tracking)} Tc`)
    let shown: string[] = []
    const flush = () => {
      if (shown.length) ops.push(`[${shown.join(' ')}] TJ`)
      shown = []
    }
    run.glyphs.forEach((g, i) => {
      const first = i === 0 || run.glyphs[i - 1]!.start !== g.start
      const { code, width } = font.encode(g, first ? run.text.slice(g.start, g.end) : '')
      const dx = g.dx * 1000
      if (g.dy) {
        flush()
        ops.push(`${num(g.dy * run.size)} Ts`)
      }
      if (dx) shown.push(num(-dx))
      shown.push(`<${code}>`)
      const adjust = width - g.advance * 1000 + dx
      if (Math.abs(adjust) > 1e-6) shown.push(num(adjust))
      if (g.dy) {
        flush()
        ops.push('0 Ts')
      }
    })
    flush()
  }
  ops.push('ET', 'Q')
  return ops.join('\n')
}

function drawItem(doc: PDFKit.PDFDocument, item: PageItem, image: ImageSource, ink: Ink, marker: Marker): void {
  if (item.kind === 'image') {
    const bytes = image(item.asset)
    if (bytes) marker.mark(item.structure, () => drawImage(doc, item, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), item.alt)
    return
  }
  marker.artifact(() => drawDecoration(doc, item, ink))
}

/** A cropped image is the whole original, drawn larger and clipped to its box: the file goes in untouched. */
function drawImage(doc: PDFKit.PDFDocument, item: ImageItem, bytes: Buffer): void {
  if (!item.crop) {
    doc.image(bytes, item.x, item.y, { width: item.width, height: item.height })
    return
  }
  const shown = cropWindow(item.crop)
  const width = item.width / shown.width
  const height = item.height / shown.height
  doc.save().rect(item.x, item.y, item.width, item.height).clip()
  doc.image(bytes, item.x - shown.x * width, item.y - shown.y * height, { width, height })
  doc.restore()
}

/** Rules, bands and 着重号: decorations, not content of their own. */
function drawDecoration(doc: PDFKit.PDFDocument, item: Exclude<PageItem, { kind: 'image' }>, ink: Ink): void {
  switch (item.kind) {
    case 'rule':
      doc.save().addContent(ink(item.color).stroke).moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).stroke().restore()
      break
    case 'box':
      doc.save().addContent(ink(item.color).fill).rect(item.x, item.y, item.width, item.height).fill().restore()
      break
    case 'dot':
      doc.save().addContent(ink(item.color).fill).circle(item.x, item.y, item.radius).fill().restore()
      break
  }
}

const sameElement = (a: Line['structure'], b: Line['structure']) => a === b || (a !== undefined && b !== undefined && a.element === b.element && a.type === b.type)

/**
 * The page's lines in runs of one structure element: each run is one marked-content sequence (one MCID),
 * as a word processor tags a paragraph's lines on a page, rather than one per line — tagging cost
 * pdfkit a tenth of a warm export when every line had its own.
 */
function elementRuns(lines: readonly Line[]): Line[][] {
  const runs: Line[][] = []
  for (const line of lines) {
    const last = runs[runs.length - 1]
    if (last && sameElement(last[0]!.structure, line.structure)) last.push(line)
    else runs.push([line])
  }
  return runs
}

export function drawPage(doc: PDFKit.PDFDocument, page: Page, fonts: PdfFonts, image: ImageSource, ink: Ink, marker: Marker): void {
  for (const item of page.items) drawItem(doc, item, image, ink, marker)
  for (const lines of elementRuns(page.lines)) {
    // One write per element: pdfkit turns every write into a typed array of its own.
    marker.mark(lines[0]!.structure, () => {
      const content = lines.flatMap((line) => line.runs.map((r) => runContent(r, fonts, ink)))
      if (content.length) doc.addContent(content.join('\n'))
    })
  }
}
