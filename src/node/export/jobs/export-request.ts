import type { ArticleBundle } from '../../../core/model/article'
import type { HtmlPackageOptions, PackageTarget, ValidationReport } from '../package'
import type { PdfExportOptions } from '../pdf/export-pdf'
import type { PageBundle } from '../../../core/page/page'
import type { PageLayoutOptions } from '../../layout/layout-page'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'

/** One export, as plain data so it can cross into a worker thread. */
export type ExportRequest =
  | { kind: 'pdf'; bundle: ArticleBundle; target: string; options: Omit<PdfExportOptions, 'creationDate'> }
  | { kind: 'package'; bundle: ArticleBundle; target: PackageTarget; options?: Omit<HtmlPackageOptions, 'now'> }
  | { kind: 'page-pdf'; bundle: PageBundle; target: string; options: PageLayoutOptions }
  | { kind: 'text'; bundle: ArticleBundle; target: string; templates: readonly SectionHeadingTemplate[] }

export interface ExportProgress {
  /** 0…1 */
  fraction: number
  /** What is happening, for the progress bar (Chinese). */
  message: string
}

export interface ExportOutcome {
  path: string
  /** Files written (package exports). */
  files?: string[]
  validation?: ValidationReport
  /** Things the user should know about the result (missing glyphs, images left out …), in Chinese. */
  warnings: string[]
  /** PDF: which font printed each face. */
  fonts?: string[]
}

export interface ExportControl {
  onProgress?: (progress: ExportProgress) => void
  signal?: AbortSignal
}
