import { readFile, stat } from 'node:fs/promises'
import type { PageBundle } from '../../core/page/page'
import { readPageFile } from '../../core/page/page-file'
import { UserError } from '../../core/errors'

const PAGE_MAX_BYTES = 1024 * 1024 * 1024

/** Opens a page file (版面) for layout in place. */
export async function openPage(path: string): Promise<PageBundle> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new UserError('open.not-found', `找不到文件「${path}」，它可能已被移动或删除。`)
  }
  if (size > PAGE_MAX_BYTES) throw new UserError('open.too-large', '版面文件超过 1 GB，版心无法打开。')
  return readPageFile(new Uint8Array(await readFile(path)))
}
