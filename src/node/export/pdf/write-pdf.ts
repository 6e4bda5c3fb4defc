import { createHash } from 'node:crypto'
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
import type { Conformance } from './document-info'
import { documentId, infoDictionary, xmpDescriptions } from './document-info'
import { addOutputIntents } from './output-intents'
import { structureMarker, untagged } from './tags'

/**
 * Layout → PDF bytes: pages, document information and XMP, bookmarks, page labels, the structure
 * tree. A layout in process colours is written as PDF/X-4 (its printing condition's output intent,
 * images separated through its profile, TrimBox and BleedBox on every page); `pdfa` adds PDF/A-2b.
 */

export interface WriteControl {
  /** Called after each page is drawn. */
  onPage?: (done: number, total: number) => void
  signal?: AbortSignal
}

export interface WriteOptions {
  meta: ArticleMeta
  creationDate: Date
  /** PDF/A-2b for an archive (with any preset). */
  pdfa?: boolean
  /** A structure tree for screen readers and reflow (tagged PDF). Default: on. */
  tagged?: boolean
}

interface OutlineNode {
  addItem(title: string, options?: { pageNumber?: number }): OutlineNode & { outlineData: Record<string, unknown> }
}

/** The pdfkit internals this writer reaches: the catalog (for /PageLabels) and the page list (for outline targets). */
interface DocInternals {
  _root: { data: Record<string, unknown> & { Pages: { data: { Kids: unknown[] } } } }
  outline: OutlineNode
  /** The trailer's /ID (both parts). */
  _id: Buffer
  /** Appends the document's descriptions to its XMP packet when the document ends. */
  _addInfo(): void
  appendXML(xml: string): void
  ref(data: Record<string, unknown>): { write(chunk: Uint8Array): void; end(): void }
}

export function cancelled(): UserError {
  return new UserError('export.cancelled', '导出已取消，没有写入文件。')
}

/** Every page-th yield lets an abort (or a worker's message) through without slowing short documents. */
const YIELD_EVERY = 8

export async function writePdf(layout: Layout, registry: FontRegistry, source: ImageSource, options: WriteOptions, control: WriteControl = {}): Promise<Uint8Array> {
  const { meta, creationDate: created } = options
  const { printCondition } = layout.geometry
  const conformance: Conformance = { pdfx: printCondition !== undefined, pdfa: options.pdfa ?? false }
  const hasImages = layout.pages.some((p) => p.items.some((i) => i.kind === 'image'))
  const image = printCondition && hasImages ? await (await import('./process-images')).processColourImages(layout, source, printCondition) : source
  const tagged = options.tagged ?? true
  const description = { meta, producer: `${pkg.productName} ${pkg.version}`, created, conformance }
  const doc = new PDFDocument({
    autoFirstPage: false,
    // Every run names its own font: no need to load the default Helvetica's metrics.
    font: '',
    // PDF/X-4 is PDF 1.6 (ISO 15930-7 §6.1); PDF/A-2 allows up to 1.7.
    pdfVersion: conformance.pdfx ? '1.6' : '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    tagged,
    info: infoDictionary(description) as PDFKit.DocumentInfo,
  })
  const internals = doc as unknown as DocInternals
  internals._id = documentId(meta)
  const instance = createHash('md5').update(internals._id).update(created.toISOString()).update(JSON.stringify(conformance)).digest()
  internals._addInfo = () => internals.appendXML(xmpDescriptions(description, instance))
  const marker = tagged ? structureMarker(doc) : untagged
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  const fonts = pdfFonts(doc, registry)
  const sheet = sheetFor(layout.geometry, conformance.pdfx)
  const ink = inks(layout.geometry.processColor)
  const total = layout.pages.length
  for (const [index, page] of layout.pages.entries()) {
    if (index % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r))
    if (control.signal?.aborted) throw cancelled()
    doc.addPage({ size: [sheet.width, sheet.height], margin: 0 })
    setPageBoxes(doc.page, layout.geometry, sheet)
    marker.artifact(() => drawCropMarks(doc, layout.geometry, sheet))
    doc.save().translate(sheet.slug, sheet.slug)
    drawPage(doc, page, fonts, image, ink, marker)
    doc.restore()
    control.onPage?.(index + 1, total)
  }
  marker.finish()
  addOutputIntents(internals, { ...conformance, ...(printCondition ? { condition: printCondition } : {}) })
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
