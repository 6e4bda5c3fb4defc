import { readFile } from 'node:fs/promises'
import { UserError } from '../../core/errors'
import type { ArticleBundle } from '../../core/model/article'
import { droppedCounts } from '../../core/model/review'
import { normalizeBundle } from '../../core/normalize'
import type { ExportProgress } from '../../node/export/pdf/export-pdf'
import { importFile } from '../../node/import/import-file'

/** A .banxin holding a page (版面) rather than an article. */
async function isPagePath(path: string): Promise<boolean> {
  if (!/\.banxin$/i.test(path)) return false
  // Page modules load for a .banxin only: a draft's export does not pay for them.
  const { isPageFile } = await import('../../core/page/page-file')
  try {
    return isPageFile(new Uint8Array(await readFile(path)))
  } catch {
    return false
  }
}

export interface ExportOptions {
  pdf?: string
  preflight?: boolean
  pdfa?: boolean
  tags?: boolean
  preset?: string
  signoff?: 'sealed' | 'unsealed'
  font?: string[]
  htmlPackage?: string
  htmlFolder?: string
  portal?: string
  normalize: boolean
}

/**
 * A draft of any format, ready to export. A .banxin has been reviewed in the editor and is exported as
 * it is; any other draft is normalised as `banxin import` would, and the changes go into the report.
 * `notes` says what import left out of it, kind by kind, so an export never loses a line unseen.
 */
export async function loadDraft(draft: string, normalize: boolean): Promise<{ bundle: ArticleBundle; notes: string[] }> {
  const { bundle, report } = await importFile(draft)
  if (report.format === 'banxin') return { bundle, notes: [] }
  const notes = report.dropped.length
    ? [`提醒：导入 ${draft} 时略去${droppedCounts(report.dropped)}（banxin import --report 逐行列出）。`]
    : []
  return { bundle: normalize ? normalizeBundle(bundle) : bundle, notes }
}

/** `banxin export`: one draft to each requested output; the lines to print, and whether preflight found errors. */
export async function runExport(draft: string, options: ExportOptions, onProgress?: (p: ExportProgress) => void): Promise<{ lines: string[]; failed: boolean }> {
  if (!options.pdf && !options.preflight && !options.htmlPackage && !options.htmlFolder)
    throw new UserError('cli.export-no-target', '请指定导出目标，例如 --pdf 稿件.pdf、--html-package 稿件.zip 或 --html-folder 文件夹；或用 --preflight 只做印前检查。')
  if (await isPagePath(draft)) {
    if (!options.pdf || options.preflight || options.htmlPackage || options.htmlFolder)
      throw new UserError('cli.export-page-target', '版面文件只能导出 PDF，请指定 --pdf 版面.pdf。')
    const [{ exportPageForCli }, { openPage }] = await Promise.all([import('./page'), import('../../node/documents/open-page')])
    return { lines: await exportPageForCli(await openPage(draft), options.pdf, options.font ?? [], onProgress), failed: false }
  }
  const { bundle, notes } = await loadDraft(draft, options.normalize)
  // Each output loads its writer only when asked for: a PDF export never pays for html-validate, nor the reverse.
  const lines: string[] = []
  let failed = false
  if (options.pdf || options.preflight) {
    const { exportPdfForCli } = await import('../../node/export/pdf/cli-export')
    const pdf = await exportPdfForCli(bundle, {
      out: options.pdf,
      preset: options.preset ?? 'a4',
      signoff: options.signoff,
      fonts: options.font ?? [],
      pdfa: options.pdfa ?? false,
      tags: options.tags ?? true,
      preflight: options.preflight ?? false,
      onProgress,
    })
    lines.push(...pdf.lines)
    failed = pdf.failed
  }
  if (options.htmlPackage || options.htmlFolder) {
    const { exportHtmlPackageForCli } = await import('../../node/export/package/cli-export')
    lines.push(...(await exportHtmlPackageForCli(bundle, { zip: options.htmlPackage, folder: options.htmlFolder, portal: options.portal })))
  }
  return { lines: [...lines, ...notes], failed }
}

/** A long export reports its pages on stderr, on one line that it rewrites when stderr is a terminal. */
export function progressPrinter(): (p: ExportProgress) => void {
  let last = -1
  return (p) => {
    if (p.phase !== 'draw' || p.total < 20) return
    const tenth = Math.floor((p.done * 10) / p.total)
    if (process.stderr.isTTY) process.stderr.write(`\r排版输出：第 ${p.done}/${p.total} 页${p.done === p.total ? '\n' : ''}`)
    else if (tenth !== last) process.stderr.write(`排版输出：第 ${p.done}/${p.total} 页\n`)
    last = tenth
  }
}
