import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { removeStaleTempsOf, tempPathFor } from './temp-files'

async function fsyncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename durable on Linux; Windows cannot open directories, which is fine there.
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    /* not supported on this platform */
  }
}

/**
 * Writes `bytes` to `target` so that a crash at any moment leaves either the old file or the new one,
 * never a mix: temp file in the same folder, fsync, rename. `verify` may read the temp file back and
 * throw to abort; the target is then untouched. Temps an earlier crash left for the same target go first.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  verify?: (tempPath: string) => Promise<void>,
): Promise<void> {
  await removeStaleTempsOf(target)
  const temp = tempPathFor(target)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (verify) await verify(temp)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await fsyncDir(dirname(target))
}
