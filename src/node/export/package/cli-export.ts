import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ArticleBundle } from '../../../core/model/article'
import { loadPortalProfile } from './load-profile'
import { suggestPackageName } from './package-name'
import { writeHtmlPackage, type PackageTarget } from './write-package'

export interface CliPackageRequest {
  /** OUT.zip, or an existing folder to put 「YYYYMMDD-slug.zip」 in. */
  zip?: string
  /** The package folder to write (created or replaced). */
  folder?: string
  /** A built-in profile id or a profile .json path. */
  portal?: string
}

const isFolder = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  )

/** `banxin export --html-package/--html-folder`: writes the package(s) and returns the lines to print. */
export async function exportHtmlPackageForCli(bundle: ArticleBundle, request: CliPackageRequest): Promise<string[]> {
  const profile = request.portal ? await loadPortalProfile(request.portal) : undefined
  const targets: PackageTarget[] = []
  if (request.zip) {
    const zip = (await isFolder(request.zip)) ? join(request.zip, suggestPackageName(bundle.article)) : request.zip
    targets.push({ kind: 'zip', path: resolve(zip) })
  }
  if (request.folder) targets.push({ kind: 'folder', path: resolve(request.folder) })
  const lines: string[] = []
  for (const target of targets) {
    const result = await writeHtmlPackage(bundle, { target, ...(profile ? { profile } : {}) })
    lines.push(`已导出 HTML 文件包（${target.kind === 'zip' ? '压缩包' : '文件夹'}，${result.files.length} 个文件）→ ${result.path}`)
    lines.push(`html-validate：${result.validation.htmlValidate.map((r) => `${r.file} ${r.errorCount} 个错误`).join('，')}`)
    lines.push(...result.validation.checks.map((c) => `提醒：${c.message}`))
  }
  return lines
}
