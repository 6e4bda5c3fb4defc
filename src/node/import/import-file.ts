import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { UserError } from '../../core/errors'
import { importDraft } from '../../core/import/import-draft'
import { LIMITS, formatSize } from '../../core/limits'
import type { ImportResult } from '../../core/import/types'
import { regularFileSize, withFileErrors } from '../fs/file-errors'

/**
 * Imports a draft file from disk. Its size is checked before anything is read (a zip package may be
 * larger than a text draft, so the first bytes decide which limit applies); then the core importer
 * does the rest.
 */
export async function importFile(path: string): Promise<ImportResult> {
  const size = await regularFileSize(path)
  const handle = await withFileErrors(path, 'read', () => open(path, 'r'))
  try {
    const head = new Uint8Array(4)
    await withFileErrors(path, 'read', () => handle.read(head, 0, 4, 0))
    const isZip = head[0] === 0x50 && head[1] === 0x4b
    const limit = isZip ? LIMITS.packageBytes : LIMITS.textBytes
    if (size > limit)
      throw new UserError(
        'import.too-large',
        `文件「${basename(path)}」太大（${formatSize(size)}），超过导入上限 ${formatSize(limit)}。文稿通常远小于此，请确认选对了文件。`,
      )
    const bytes = new Uint8Array(size)
    let filled = 0
    await withFileErrors(path, 'read', async () => {
      for (let n = -1; n !== 0 && filled < size; filled += n) n = (await handle.read(bytes, filled, size - filled, filled)).bytesRead
    })
    return await importDraft(bytes.subarray(0, filled), basename(path))
  } finally {
    await handle.close()
  }
}
