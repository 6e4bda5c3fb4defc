import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { OpenedDocument, OpenedPage } from '../../core/ipc/contract'
import type { ImportResult } from '../../core/import/types'
import { readBanxin } from '../../core/file/banxin-file'
import { isPageFile, readPageFile } from '../../core/page/page-file'
import { UserError } from '../../core/errors'
import { LIMITS, formatSize } from '../../core/limits'
import { removeStaleTempsOf } from '../fs/temp-files'
import { regularFileSize, withFileErrors } from '../fs/file-errors'

export type ImportFile = (path: string) => Promise<ImportResult>
export type ImportBytes = (bytes: Uint8Array, name: string) => Promise<ImportResult>


function isBanxin(path: string): boolean {
  return extname(path).toLowerCase() === '.banxin'
}

function stem(name: string): string {
  const ext = extname(name)
  return ext ? name.slice(0, -ext.length) : name
}

/** A .banxin's content: an article for the editor, or a page file for the 版面 view. */
function openedBanxin(bytes: Uint8Array, displayName: string, path?: string): OpenedDocument | OpenedPage {
  const where = path ? { path } : {}
  if (isPageFile(bytes)) return { page: readPageFile(bytes), displayName, ...where }
  if (bytes.length > LIMITS.banxinBytes) throw new UserError('open.too-large', `文件超过 ${formatSize(LIMITS.banxinBytes)}，版心无法打开。`)
  return { bundle: readBanxin(bytes), displayName, ...where }
}

/** Opens a .banxin (an article or a page file) in place; any other draft is imported as a new, unsaved document. */
export async function openDocument(path: string, importFile: ImportFile): Promise<OpenedDocument | OpenedPage> {
  const size = await regularFileSize(path)
  if (isBanxin(path)) {
    if (size > LIMITS.pageFileBytes) throw new UserError('open.too-large', `文件超过 ${formatSize(LIMITS.pageFileBytes)}，版心无法打开。`)
    const opened = openedBanxin(new Uint8Array(await withFileErrors(path, 'read', () => readFile(path))), basename(path), path)
    await removeStaleTempsOf(path)
    return opened
  }
  return imported(await importFile(path), basename(path))
}

export async function openBytes(name: string, bytes: Uint8Array, importBytes: ImportBytes): Promise<OpenedDocument | OpenedPage> {
  if (extname(name).toLowerCase() === '.banxin') return openedBanxin(bytes, name)
  return imported(await importBytes(bytes, name), name)
}

function imported({ bundle, report, page }: ImportResult, name: string): OpenedDocument {
  return { bundle, report, displayName: stem(name) + '.banxin', ...(page ? { split: page } : {}) }
}
