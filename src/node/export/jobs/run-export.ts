import { windowsTextFile } from '../package/text-file'
import { renderArticleText } from '../../../core/portal/render-text'
import { writeFileAtomic } from '../../fs/atomic-write'
import { NEXT_STEP, withFileErrors } from '../../fs/file-errors'
import type { ExportControl, ExportOutcome, ExportProgress, ExportRequest } from './export-request'
import type { ExportProgress as PdfProgress } from '../pdf/export-pdf'

const pdfProgress = (p: PdfProgress): ExportProgress =>
  p.phase === 'typeset' ? { fraction: 0.1 * p.done, message: '正在排版…' } : { fraction: 0.1 + (0.9 * p.done) / p.total, message: `正在输出第 ${p.done}/${p.total} 页` }

const PACKAGE_STEPS = { render: '正在生成网页…', write: '正在写入文件…', done: '完成' } as const

/** Runs one export in this thread; the worker and the CLI both call this. */
export async function runExport(request: ExportRequest, control: ExportControl = {}): Promise<ExportOutcome> {
  const { signal, onProgress } = control
  switch (request.kind) {
    case 'pdf': {
      // Each kind loads its writer on demand: a PDF export never pays for html-validate, nor the reverse.
      const { exportPdfToFile } = await import('../pdf/export-pdf')
      const result = await exportPdfToFile(request.bundle, request.target, request.options, {
        signal,
        onProgress: (p) => onProgress?.(pdfProgress(p)),
      })
      return { path: request.target, warnings: result.warnings, fonts: result.fonts }
    }
    case 'page-pdf': {
      const { exportPagePdfToFile } = await import('../pdf/export-pdf')
      const result = await exportPagePdfToFile(request.bundle, request.target, request.options, { signal, onProgress: (p) => onProgress?.(pdfProgress(p)) })
      return { path: request.target, warnings: result.warnings, fonts: result.fonts }
    }
    case 'package': {
      const { writeHtmlPackage } = await import('../package')
      const result = await writeHtmlPackage(
        request.bundle,
        { ...request.options, target: request.target },
        { signal, onProgress: (p) => onProgress?.({ fraction: p.fraction, message: PACKAGE_STEPS[p.step] }) },
      )
      return { path: result.path, files: result.files, validation: result.validation, warnings: [] }
    }
    case 'text': {
      signal?.throwIfAborted()
      const text = windowsTextFile(renderArticleText(request.bundle.article, request.templates))
      await withFileErrors(request.target, 'write', () => writeFileAtomic(request.target, text), NEXT_STEP.export)
      onProgress?.({ fraction: 1, message: '完成' })
      return { path: request.target, warnings: [] }
    }
  }
}
