/// <reference types="pdfkit" />
import type { PageGeometry } from '../../../core/typeset/frame'
import { inks, REGISTRATION } from './ink'

/**
 * Bleed and crop marks. The trimmed page sits inside a larger sheet (MediaBox); BleedBox and TrimBox
 * tell the printer where to cut (ISO 32000-1 §14.11.2). pdfkit only writes a MediaBox, so the other
 * boxes go into the page dictionary here.
 */

const MM = 72 / 25.4
const MARK_LENGTH = 5 * MM
const MARK_WIDTH = 0.25

export interface Sheet {
  width: number
  height: number
  /** From the sheet's edge to the trimmed page. */
  slug: number
  /** Write TrimBox and BleedBox on every page (PDF/X wants them even without bleed). */
  boxes: boolean
}

export function sheetFor(g: PageGeometry, boxes: boolean): Sheet {
  // Crop marks start outside the bleed (at least 3 mm off the trim) and need room for their length.
  const slug = g.cropMarks ? Math.max(g.bleed, 3 * MM) + MARK_LENGTH + 2 * MM : g.bleed
  return { width: g.width + 2 * slug, height: g.height + 2 * slug, slug, boxes: boxes || slug > 0 }
}

interface PageDictionary {
  data: Record<string, unknown>
}

/** Writes TrimBox and BleedBox (PDF coordinates: origin bottom left). */
export function setPageBoxes(page: PDFKit.PDFPage, g: PageGeometry, sheet: Sheet): void {
  if (!sheet.boxes) return
  const { slug } = sheet
  const dict = page.dictionary as unknown as PageDictionary
  dict.data.TrimBox = [slug, slug, slug + g.width, slug + g.height]
  dict.data.BleedBox = [slug - g.bleed, slug - g.bleed, slug + g.width + g.bleed, slug + g.height + g.bleed]
}

/** Two short lines at each corner of the trim, outside the bleed. */
export function drawCropMarks(doc: PDFKit.PDFDocument, g: PageGeometry, sheet: Sheet): void {
  if (!g.cropMarks) return
  const { slug } = sheet
  const gap = Math.max(g.bleed, 3 * MM)
  const xs = [slug, slug + g.width]
  const ys = [slug, slug + g.height]
  doc.save().lineWidth(MARK_WIDTH).addContent((g.processColor ? REGISTRATION : inks(false)('#000000')).stroke)
  for (const x of xs) {
    for (const y of ys) {
      const dx = x === slug ? -1 : 1
      const dy = y === slug ? -1 : 1
      doc.moveTo(x + dx * gap, y).lineTo(x + dx * (gap + MARK_LENGTH), y).stroke()
      doc.moveTo(x, y + dy * gap).lineTo(x, y + dy * (gap + MARK_LENGTH)).stroke()
    }
  }
  doc.restore()
}
