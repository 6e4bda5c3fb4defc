import { readFile } from 'node:fs/promises'
import type { ArticleBundle } from '../../core/model/article'
import type { PageBundle } from '../../core/page/page'
import { readBanxin, writeBanxin } from '../../core/file/banxin-file'
import { readPageFile, writePageFile } from '../../core/page/page-file'
import { UserError } from '../../core/errors'
import { isPageBundle, type BanxinContent } from '../../core/page/banxin-content'
import { writeFileAtomic } from '../fs/atomic-write'
import { fileError, NEXT_STEP } from '../fs/file-errors'

/**
 * Saves a .banxin atomically and reads the temp file back before it replaces the previous version, so a
 * bad write (full disk, a bug in the writer) can never cost the user the file they had.
 */
async function saveVerified(path: string, bytes: Uint8Array, readBack: (bytes: Uint8Array) => unknown): Promise<void> {
  try {
    await writeFileAtomic(path, bytes, async (temp) => {
      readBack(new Uint8Array(await readFile(temp)))
    })
  } catch (error) {
    if (error instanceof UserError) throw new UserError('save.verify-failed', `保存后校验失败，原文件未改动：${error.message}`)
    throw fileError(error, path, 'write', NEXT_STEP.save)
  }
}

export async function saveDocument(path: string, bundle: ArticleBundle): Promise<void> {
  await saveVerified(path, writeBanxin(bundle), readBanxin)
}

/** A page file (版面), saved the same way. */
export async function savePage(path: string, bundle: PageBundle): Promise<void> {
  await saveVerified(path, writePageFile(bundle), readPageFile)
}

export async function saveContent(path: string, content: BanxinContent): Promise<void> {
  await (isPageBundle(content) ? savePage(path, content) : saveDocument(path, content))
}
