import { resolve } from 'node:path'
import type { ArticleBundle } from '../../../core/model/article'
import { parseFontChoices } from '../../fonts/font-choice'
import { loadPreset } from '../../layout/load-preset'
import type { ExportProgress } from './export-pdf'
import { exportPdfToFile } from './export-pdf'

export interface CliPdfRequest {
  out: string
  /** A built-in preset id or a preset .json path. */
  preset: string
  /** `role=path` font choices. */
  fonts: readonly string[]
  onProgress?: (progress: ExportProgress) => void
}

/** `banxin export --pdf`: writes the PDF and returns the lines to print. */
export async function exportPdfForCli(bundle: ArticleBundle, request: CliPdfRequest): Promise<string[]> {
  const preset = await loadPreset(request.preset)
  const path = resolve(request.out)
  const result = await exportPdfToFile(bundle, path, { preset, fonts: parseFontChoices(request.fonts) }, { onProgress: request.onProgress })
  return [`已导出 PDF（${preset.name}，${result.pages} 页）→ ${path}`, ...result.fonts.map((f) => `字体：${f}`), ...result.warnings.map((w) => `提醒：${w}`)]
}
