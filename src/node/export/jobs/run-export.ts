import { writeHtmlPackage } from '../package'
import { renderContentText } from '../../../core/portal/render-text'
import { writeFileAtomic } from '../../fs/atomic-write'
import type { ExportControl, ExportOutcome, ExportRequest } from './export-request'

const PACKAGE_STEPS = { render: '正在生成网页…', write: '正在写入文件…', done: '完成' } as const

/** Runs one export in this thread; the worker and the CLI both call this. */
export async function runExport(request: ExportRequest, control: ExportControl = {}): Promise<ExportOutcome> {
  const { signal, onProgress } = control
  switch (request.kind) {
    case 'package': {
      const result = await writeHtmlPackage(
        request.bundle,
        { ...request.options, target: request.target },
        { signal, onProgress: (p) => onProgress?.({ fraction: p.fraction, message: PACKAGE_STEPS[p.step] }) },
      )
      return { path: result.path, files: result.files, validation: result.validation, warnings: [] }
    }
    case 'text': {
      signal?.throwIfAborted()
      const text = renderContentText(request.bundle.article)
      // UTF-8 with BOM so Notepad on older Windows does not read it as GBK.
      await writeFileAtomic(request.target, new TextEncoder().encode('\ufeff' + text.replace(/\n/g, '\r\n')))
      onProgress?.({ fraction: 1, message: '完成' })
      return { path: request.target, warnings: [] }
    }
  }
}
