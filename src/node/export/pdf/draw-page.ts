/// <reference types="pdfkit" />
import type { Page, PageItem, TextRun } from '../../../core/typeset/frame'
import type { Ink } from './ink'
import type { PdfFonts } from './pdf-fonts'

/** Draws one page of the layout with pdfkit, exactly where the layout put everything. */

/** Synthetic bold: strokes thickened by 3% of the size, as word processors do for fonts without a bold face. */
export const FAUX_BOLD = 0.03
/** Synthetic italic slant, degrees. */
export const OBLIQUE = 12

export type ImageSource = (asset: string) => Uint8Array | undefined

function drawRun(doc: PDFKit.PDFDocument, run: TextRun, fonts: PdfFonts, ink: Ink): void {
  const font = fonts(run.face, !!run.compressed)
  doc.font(font.key).fontSize(run.size).fillColor(ink(run.color))
  const options: PDFKit.Mixins.TextOptions = {
    lineBreak: false,
    baseline: 'alphabetic',
    ...(run.tracking ? { characterSpacing: run.tracking } : {}),
    ...(run.features ? { features: [...run.features] as PDFKit.Mixins.OpenTypeFeatures[] } : {}),
    ...(run.oblique ? { oblique: OBLIQUE } : {}),
  }
  if (font.syntheticBold) {
    doc.save().lineWidth(run.size * FAUX_BOLD).strokeColor(ink(run.color))
    doc.text(run.text, run.x, run.y, { ...options, fill: true, stroke: true })
    doc.restore()
  } else doc.text(run.text, run.x, run.y, options)
}

function drawItem(doc: PDFKit.PDFDocument, item: PageItem, image: ImageSource, ink: Ink): void {
  switch (item.kind) {
    case 'rule':
      doc.save().moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).strokeColor(ink(item.color)).stroke().restore()
      break
    case 'box':
      doc.save().rect(item.x, item.y, item.width, item.height).fill(ink(item.color)).restore()
      break
    case 'dot':
      doc.save().circle(item.x, item.y, item.radius).fill(ink(item.color)).restore()
      break
    case 'image': {
      const bytes = image(item.asset)
      if (bytes) doc.image(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), item.x, item.y, { width: item.width, height: item.height })
      break
    }
  }
}

export function drawPage(doc: PDFKit.PDFDocument, page: Page, fonts: PdfFonts, image: ImageSource, ink: Ink): void {
  for (const item of page.items) drawItem(doc, item, image, ink)
  for (const line of page.lines) for (const run of line.runs) drawRun(doc, run, fonts, ink)
}
