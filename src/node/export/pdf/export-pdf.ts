import type { ArticleBundle } from '../../../core/model/article'
import { writeFileAtomic } from '../../fs/atomic-write'
import type { PageBundle } from '../../../core/page/page'
import type { FrameReport } from '../../../core/makeup/page-makeup'
import { NEXT_STEP, withFileErrors } from '../../fs/file-errors'
import type { LayoutOptions } from '../../layout/layout-bundle'
import { layoutBundle } from '../../layout/layout-bundle'
import type { PageLayoutOptions } from '../../layout/layout-page'
import { layoutPage } from '../../layout/layout-page'
import { cancelled, writePdf } from './write-pdf'
import { selectPages } from './select-pages'

/**
 * Draft → print PDF: typeset with a preset, then draw. Callable from the CLI, the main process or a
 * worker thread: it holds no state but the font caches, reports progress, and stops on abort.
 */

export interface PdfExportOptions extends LayoutOptions {
  /** Default: now. Tests pin it for reproducible files. */
  creationDate?: Date
  /** Only these pages (1-based, inclusive); page numbers printed on them stay those of the whole document. */
  pages?: { from: number; to: number }
  /** PDF/A-2b, for an archive (any preset; a process-colour preset is PDF/X-4 as well). */
  pdfa?: boolean
  /** Tagged PDF (structure tree). Default: on. */
  tagged?: boolean
}

export interface ExportProgress {
  phase: 'typeset' | 'draw'
  done: number
  total: number
}

export interface ExportControl {
  onProgress?: (progress: ExportProgress) => void
  signal?: AbortSignal
}

export interface PdfExport {
  bytes: Uint8Array
  pages: number
  /** For the user: missing glyphs and their stand-ins, images left out … */
  warnings: string[]
  /** Which font printed each face. */
  fonts: string[]
}

export async function exportPdf(bundle: ArticleBundle, options: PdfExportOptions = {}, control: ExportControl = {}): Promise<PdfExport> {
  const { signal, onProgress } = control
  if (signal?.aborted) throw cancelled()
  onProgress?.({ phase: 'typeset', done: 0, total: 1 })
  const { layout, registry, image } = layoutBundle(bundle, options)
  onProgress?.({ phase: 'typeset', done: 1, total: 1 })
  const selected = options.pages ? selectPages(layout, options.pages) : layout
  const bytes = await writePdf(
    selected,
    registry,
    image,
    { meta: bundle.article.meta, creationDate: options.creationDate ?? new Date(), pdfa: options.pdfa, tagged: options.tagged },
    { signal, onPage: (done, total) => onProgress?.({ phase: 'draw', done, total }) },
  )
  return { bytes, pages: selected.pages.length, warnings: layout.warnings, fonts: registry.describe() }
}

/** Writes `path` atomically: on failure the old file (if any) is untouched and no partial file is left. */
function writeExport(path: string, bytes: Uint8Array): Promise<void> {
  return withFileErrors(path, 'write', () => writeFileAtomic(path, bytes), NEXT_STEP.export)
}

/** Exports and writes `path` atomically: on failure or cancel the old file (if any) is untouched and no partial file is left. */
export async function exportPdfToFile(bundle: ArticleBundle, path: string, options: PdfExportOptions = {}, control: ExportControl = {}): Promise<PdfExport> {
  const result = await exportPdf(bundle, options, control)
  if (control.signal?.aborted) throw cancelled()
  await writeExport(path, result.bytes)
  return result
}

export interface PagePdfExport extends PdfExport {
  /** Per frame: overset, empty rows and problems, as the 版面 view shows them. */
  frames: FrameReport[]
}

/** A page document's pages → print PDF, one PDF page per 版. */
export async function exportPagePdf(
  bundle: PageBundle,
  options: PageLayoutOptions & { creationDate?: Date } = {},
  control: ExportControl = {},
): Promise<PagePdfExport> {
  const { signal, onProgress } = control
  if (signal?.aborted) throw cancelled()
  onProgress?.({ phase: 'typeset', done: 0, total: 1 })
  const { layout, registry, image, frames } = layoutPage(bundle, options)
  onProgress?.({ phase: 'typeset', done: 1, total: 1 })
  const { paper, date, pages } = bundle.page
  const title = `${paper.name} ${date} ${pages.map((p) => `第${p.number}版`).join('、')}`
  const bytes = await writePdf(
    layout,
    registry,
    image,
    { meta: { title }, creationDate: options.creationDate ?? new Date() },
    { signal, onPage: (done, total) => onProgress?.({ phase: 'draw', done, total }) },
  )
  return { bytes, pages: layout.pages.length, warnings: layout.warnings, fonts: registry.describe(), frames }
}

export async function exportPagePdfToFile(bundle: PageBundle, path: string, options: PageLayoutOptions & { creationDate?: Date } = {}, control: ExportControl = {}): Promise<PagePdfExport> {
  const result = await exportPagePdf(bundle, options, control)
  if (control.signal?.aborted) throw cancelled()
  await writeExport(path, result.bytes)
  return result
}
