import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { OpenedDocument } from '../../core/ipc/contract'
import type { ImportResult } from '../../core/import/types'
import { readBanxin } from '../../core/file/banxin-file'
import { UserError } from '../../core/errors'

export type ImportFile = (path: string) => Promise<ImportResult>
export type ImportBytes = (bytes: Uint8Array, name: string) => Promise<ImportResult>

const BANXIN_MAX_BYTES = 512 * 1024 * 1024

function isBanxin(path: string): boolean {
  return extname(path).toLowerCase() === '.banxin'
}

function stem(name: string): string {
  const ext = extname(name)
  return ext ? name.slice(0, -ext.length) : name
}

/** Opens a .banxin for editing in place; any other draft is imported as a new, unsaved document. */
export async function openDocument(path: string, importFile: ImportFile): Promise<OpenedDocument> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new UserError('open.not-found', `找不到文件「${path}」，它可能已被移动或删除。`)
  }
  if (isBanxin(path)) {
    if (size > BANXIN_MAX_BYTES) throw new UserError('open.too-large', '文件超过 512 MB，版心无法打开。')
    const bytes = new Uint8Array(await readFile(path))
    return { bundle: readBanxin(bytes), path, displayName: basename(path) }
  }
  const { bundle, report } = await importFile(path)
  return { bundle, report, displayName: stem(basename(path)) + '.banxin' }
}

export async function openBytes(name: string, bytes: Uint8Array, importBytes: ImportBytes): Promise<OpenedDocument> {
  if (extname(name).toLowerCase() === '.banxin') return { bundle: readBanxin(bytes), displayName: name }
  const { bundle, report } = await importBytes(bytes, name)
  return { bundle, report, displayName: stem(name) + '.banxin' }
}
