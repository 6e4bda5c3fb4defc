import type { Command } from 'commander'
import { UserError } from '../../core/errors'
import type { ArticleBundle } from '../../core/model/article'
import { normalizeArticle, type Change } from '../../core/normalize'
import { exportHtmlPackageForCli } from '../../node/export/package/cli-export'
import { importFile } from '../../node/import/import-file'

export interface ExportOptions {
  htmlPackage?: string
  htmlFolder?: string
  portal?: string
  normalize: boolean
}

/**
 * A draft of any format, ready to export. A .banxin has been reviewed in the editor and is exported as
 * it is; any other draft is normalised as `banxin import` would, and the changes go into the report.
 */
async function loadDraft(draft: string, normalize: boolean): Promise<{ bundle: ArticleBundle; changes?: Change[] }> {
  const { bundle, report } = await importFile(draft)
  if (report.format === 'banxin' || !normalize) return { bundle }
  const { article, changes } = normalizeArticle(bundle.article)
  return { bundle: { ...bundle, article }, changes }
}

/** `banxin export`: one draft to each requested output; returns the lines to print. */
export async function runExport(draft: string, options: ExportOptions): Promise<string[]> {
  if (!options.htmlPackage && !options.htmlFolder)
    throw new UserError('cli.export-no-target', '请指定导出目标，例如 --html-package 稿件.zip 或 --html-folder 文件夹。')
  const { bundle, changes } = await loadDraft(draft, options.normalize)
  return exportHtmlPackageForCli(bundle, { zip: options.htmlPackage, folder: options.htmlFolder, portal: options.portal, changes })
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a draft (.banxin .docx .txt .html .md)')
    .argument('<draft>', 'the draft to export')
    .option('--html-package <zip>', "the webmaster's HTML package as a zip (a folder gets YYYYMMDD-slug.zip inside)")
    .option('--html-folder <dir>', 'the same HTML package as a folder')
    .option('--portal <profile>', 'portal profile: a built-in id (default, hechuan-red) or a .json file')
    .option('--no-normalize', 'export punctuation and spacing exactly as in a non-.banxin draft')
    .action(async (draft: string, options: ExportOptions) => {
      for (const line of await runExport(draft, options)) process.stdout.write(line + '\n')
    })
}
