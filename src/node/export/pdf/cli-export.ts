import { resolve } from 'node:path'
import type { ArticleBundle } from '../../../core/model/article'
import { parseFontChoices } from '../../fonts/font-choice'
import { loadPreset } from '../../layout/load-preset'
import type { ExportProgress } from './export-pdf'
import { exportPdfToFile } from './export-pdf'
import { preflightBundle } from '../../layout/preflight'

export interface CliPdfRequest {
  /** Where to write the PDF; absent for a preflight alone. */
  out?: string
  /** A built-in preset id or a preset .json path. */
  preset: string
  /** The 公文 落款 layout, when not the preset's. */
  signoff?: 'sealed' | 'unsealed'
  /** `role=path` font choices. */
  fonts: readonly string[]
  /** PDF/A-2b. */
  pdfa: boolean
  /** A structure tree (tagged PDF). */
  tags: boolean
  /** Print the preflight report first. */
  preflight: boolean
  onProgress?: (progress: ExportProgress) => void
}

export interface CliPdfResult {
  lines: string[]
  /** Preflight found errors (text cut at the trim, characters printed as boxes …). */
  failed: boolean
}

/** `banxin export --pdf` and `--preflight`: the report, then the PDF; the lines to print. */
export async function exportPdfForCli(bundle: ArticleBundle, request: CliPdfRequest): Promise<CliPdfResult> {
  const loaded = await loadPreset(request.preset)
  const preset = request.signoff ? { ...loaded, signoff: request.signoff } : loaded
  const options = { preset, fonts: parseFontChoices(request.fonts) }
  const lines: string[] = []
  let failed = false
  if (request.preflight) {
    const items = preflightBundle(bundle, options)
    failed = items.some((i) => i.level === 'error')
    lines.push(`印前检查（${preset.name}）：${items.length ? `${items.filter((i) => i.level === 'error').length} 个错误，${items.filter((i) => i.level === 'warning').length} 个提醒` : '没有发现问题'}`)
    lines.push(...items.map((i) => `${i.level === 'error' ? '错误' : '提醒'}：${i.message}`))
  }
  if (!request.out) return { lines, failed }
  const path = resolve(request.out)
  const result = await exportPdfToFile(bundle, path, { ...options, pdfa: request.pdfa, tagged: request.tags }, { onProgress: request.onProgress })
  const standards = [preset.colorSpace === 'cmyk' && 'PDF/X-4', request.pdfa && 'PDF/A-2b'].filter(Boolean).join('、')
  lines.push(`已导出 PDF（${preset.name}${standards ? `，${standards}` : ''}，${result.pages} 页）→ ${path}`, ...result.fonts.map((f) => `字体：${f}`))
  if (!request.preflight) lines.push(...result.warnings.map((w) => `提醒：${w}`))
  return { lines, failed }
}
