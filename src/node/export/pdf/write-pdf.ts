import PDFDocument from 'pdfkit'
import type { ArticleMeta } from '../../../core/model/article'
import { UserError } from '../../../core/errors'
import type { Bookmark, Layout } from '../../../core/typeset/frame'
import type { FontRegistry } from '../../fonts/font-registry'
import pkg from '../../../../package.json' with { type: 'json' }
import { pdfFonts } from './pdf-fonts'
import type { ImageSource } from '../../layout/layout-bundle'
import { drawPage } from './draw-page'
import { drawCropMarks, setPageBoxes, sheetFor } from './print-marks'
import { inks } from './ink'

/** Layout → PDF bytes: pages, document information, bookmarks and page labels. */

export interface WriteControl {
  /** Called after each page is drawn. */
  onPage?: (done: number, total: number) => void
  signal?: AbortSignal
}

export interface WriteOptions {
  meta: ArticleMeta
  creationDate: Date
}

interface OutlineNode {
  addItem(title: string, options?: { pageNumber?: number }): OutlineNode & { outlineData: Record<string, unknown> }
}

/** The pdfkit internals this writer reaches: the catalog (for /PageLabels) and the page list (for outline targets). */
interface DocInternals {
  _root: { data: Record<string, unknown> & { Pages: { data: { Kids: unknown[] } } } }
  outline: OutlineNode
}

export function cancelled(): UserError {
  return new UserError('export.cancelled', '导出已取消，没有写入文件。')
}

/** Every page-th yield lets an abort (or a worker's message) through without slowing short documents. */
const YIELD_EVERY = 8

export async function writePdf(layout: Layout, registry: FontRegistry, image: ImageSource, options: WriteOptions, control: WriteControl = {}): Promise<Uint8Array> {
  const { meta } = options
  const doc = new PDFDocument({
    autoFirstPage: false,
    // Every run names its own font: no need to load the default Helvetica's metrics.
    font: '',
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: meta.title,
      ...(meta.author ? { Author: meta.author } : {}),
      ...(meta.summary || meta.subtitle ? { Subject: meta.summary ?? meta.subtitle } : {}),
      ...(meta.keywords?.length ? { Keywords: meta.keywords.join('；') } : {}),
      Creator: `${pkg.productName} ${pkg.version}`,
      Producer: `${pkg.productName} ${pkg.version}`,
      CreationDate: options.creationDate,
    },
  })
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  const fonts = pdfFonts(doc, registry)
  const sheet = sheetFor(layout.geometry)
  const ink = inks(layout.geometry.processColor)
  const total = layout.pages.length
  for (const [index, page] of layout.pages.entries()) {
    if (index % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r))
    if (control.signal?.aborted) throw cancelled()
    doc.addPage({ size: [sheet.width, sheet.height], margin: 0 })
    setPageBoxes(doc.page, layout.geometry, sheet)
    drawCropMarks(doc, layout.geometry, sheet)
    doc.save().translate(sheet.slug, sheet.slug)
    drawPage(doc, page, fonts, image, ink)
    doc.restore()
    control.onPage?.(index + 1, total)
  }
  const internals = doc as unknown as DocInternals
  addOutline(internals, layout.bookmarks, sheet.height, sheet.slug)
  // Page labels as printed (ISO 32000-1 §12.4.2), so a viewer's page box shows the folio.
  internals._root.data.PageLabels = { Nums: [0, { S: 'D', St: Number(layout.pages[0]?.label ?? 1) }] }
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

/** Bookmarks nest by level: the title holds the section headings, 一、 holds （一）. */
function addOutline(doc: DocInternals, bookmarks: readonly Bookmark[], sheetHeight: number, slug: number): void {
  const kids = doc._root.data.Pages.data.Kids
  const stack: { level: number; node: OutlineNode }[] = []
  for (const b of bookmarks) {
    while (stack.length && stack[stack.length - 1]!.level >= b.level) stack.pop()
    const parent = stack[stack.length - 1]?.node ?? doc.outline
    const item = parent.addItem(b.title, { pageNumber: b.page })
    // Jump to the heading itself, not just its page (pdfkit's own XYZ target misplaces the left edge).
    item.outlineData.Dest = [kids[b.page], 'XYZ', null, sheetHeight - slug - b.y, null]
    stack.push({ level: b.level, node: item })
  }
}
