import type { ArticleBundle } from '../../../core/model/article'
import { UserError } from '../../../core/errors'
import { writeFileAtomic } from '../../fs/atomic-write'
import type { LayoutOptions } from '../../layout/layout-bundle'
import { layoutBundle } from '../../layout/layout-bundle'
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
    { meta: bundle.article.meta, creationDate: options.creationDate ?? new Date() },
    { signal, onPage: (done, total) => onProgress?.({ phase: 'draw', done, total }) },
  )
  return { bytes, pages: selected.pages.length, warnings: layout.warnings, fonts: registry.describe() }
}

/** Exports and writes `path` atomically: on failure or cancel the old file (if any) is untouched and no partial file is left. */
export async function exportPdfToFile(bundle: ArticleBundle, path: string, options: PdfExportOptions = {}, control: ExportControl = {}): Promise<PdfExport> {
  const result = await exportPdf(bundle, options, control)
  if (control.signal?.aborted) throw cancelled()
  try {
    await writeFileAtomic(path, result.bytes)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC')
      throw new UserError('export.write-failed', `无法写入「${path}」：${code === 'ENOSPC' ? '磁盘空间不足' : '文件夹不存在或没有写入权限'}。`)
    throw error
  }
  return result
}
