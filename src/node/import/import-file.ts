import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { UserError } from '../../core/errors'
import { importDraft } from '../../core/import/import-draft'
import { IMPORT_LIMITS, MAX_IMPORT_BYTES, formatSize } from '../../core/import/limits'
import type { ImportResult } from '../../core/import/types'

/**
 * Imports a draft file from disk. Its size is checked before anything is read (a zip package may be
 * larger than a text draft, so the first bytes decide which limit applies); then the core importer
 * does the rest.
 */
export async function importFile(path: string): Promise<ImportResult> {
  const size = await sizeOf(path)
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  try {
    const head = new Uint8Array(4)
    await handle.read(head, 0, 4, 0)
    const isZip = head[0] === 0x50 && head[1] === 0x4b
    const limit = isZip ? IMPORT_LIMITS.packageBytes : IMPORT_LIMITS.textBytes
    if (size > limit || size > MAX_IMPORT_BYTES)
      throw new UserError(
        'import.too-large',
        `文件「${basename(path)}」太大（${formatSize(size)}），超过导入上限 ${formatSize(limit)}。文稿通常远小于此，请确认选对了文件。`,
      )
    const bytes = new Uint8Array(size)
    let filled = 0
    for (let n = -1; n !== 0 && filled < size; filled += n)
      n = (await handle.read(bytes, filled, size - filled, filled)).bytesRead
    return await importDraft(bytes.subarray(0, filled), basename(path))
  } finally {
    await handle.close()
  }
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  if (info.isDirectory()) throw new UserError('file.is-directory', `「${path}」是文件夹，不是文稿文件。`)
  return info.size
}

function fileError(path: string, error: NodeJS.ErrnoException): UserError {
  if (error.code === 'ENOENT')
    return new UserError('file.not-found', `找不到文件「${path}」，它可能已被移动或删除。`)
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return new UserError('file.no-access', `没有权限读取文件「${path}」。`)
  return new UserError('file.unreadable', `无法读取文件「${path}」（${error.code ?? error.message}）。`)
}
