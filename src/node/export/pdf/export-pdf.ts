import { readFile } from 'node:fs/promises'
import type { ArticleBundle } from '../../../core/model/article'
import { UserError } from '../../../core/errors'
import { BUILTIN_TEMPLATES } from '../../../core/styles/builtin-templates'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import type { FaceId } from '../../../core/typeset/font-metrics'
import type { Preset } from '../../../core/typeset/preset'
import { presetSchema, resolvePreset } from '../../../core/typeset/preset'
import { findPreset } from '../../../core/typeset/builtin-presets'
import type { ImageSize } from '../../../core/typeset/compose-blocks'
import { typeset } from '../../../core/typeset/typeset'
import { describePath } from '../../../core/model/schema'
import { createFontRegistry } from '../../fonts/font-registry'
import { writeFileAtomic } from '../../fs/atomic-write'
import { imageSize } from '../../../core/portal/image-size'
import { cancelled, writePdf } from './write-pdf'
import type { ImageSource } from './draw-page'
import { selectPages } from './select-pages'
import type { Layout } from '../../../core/typeset/frame'
import type { FontRegistry } from '../../fonts/font-registry'

/**
 * Draft → print PDF: typeset with a preset, then draw. Callable from the CLI, the main process or a
 * worker thread: it holds no state but the font caches, reports progress, and stops on abort.
 */

export interface PdfExportOptions {
  /** A built-in preset's id, or a preset (e.g. a user's adjusted copy). Default 'a4'. */
  preset?: string | Preset
  /** Font files per role or face: { fangsong: '/path/仿宋_GB2312.ttf' }. */
  fonts?: Partial<Record<FaceId, string>>
  templates?: readonly SectionHeadingTemplate[]
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

/** A built-in preset by id, or a preset JSON file (a user's adjusted copy). */
export async function loadPreset(idOrPath: string): Promise<Preset> {
  if (!/\.json$/i.test(idOrPath)) return findPreset(idOrPath)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(idOrPath, 'utf8'))
  } catch {
    throw new UserError('preset.unreadable', `无法读取版式文件「${idOrPath}」：文件不存在或不是有效的 JSON。`)
  }
  const checked = presetSchema.safeParse(raw)
  if (!checked.success)
    throw new UserError(
      'preset.invalid',
      `版式文件「${idOrPath}」有误：`,
      checked.error.issues.slice(0, 10).map((i) => `${describePath(i.path)}：${i.message}`),
    )
  return checked.data
}

export interface BundleLayout {
  layout: Layout
  registry: FontRegistry
  /** Image bytes the layout placed (JPEG and PNG: what pdfkit can embed). */
  image: ImageSource
}

/** Bundle → Layout with real fonts: what the PDF writer draws and the print preview shows. */
export function layoutBundle({ article, assetData }: ArticleBundle, options: PdfExportOptions = {}): BundleLayout {
  const preset = typeof options.preset === 'object' ? options.preset : findPreset(options.preset ?? 'a4')
  const registry = createFontRegistry({ preferences: preset.fonts, files: options.fonts })
  // pdfkit embeds JPEG and PNG; the engine leaves a marked space (and a warning) for anything else.
  const images: Record<string, ImageSize> = {}
  for (const [id, info] of Object.entries(article.assets)) {
    const bytes = assetData[id]
    const size = bytes && (info.mime === 'image/jpeg' || info.mime === 'image/png') ? imageSize(bytes, info.mime) : undefined
    if (size) images[id] = size
  }
  const layout = typeset({ article, preset: resolvePreset(preset), fonts: registry, templates: options.templates ?? BUILTIN_TEMPLATES, images })
  return { layout, registry, image: (asset) => (images[asset] ? assetData[asset] : undefined) }
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
