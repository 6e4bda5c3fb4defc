import { randomBytes } from 'node:crypto'
import { lstat, readdir, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** `.稿件.banxin.1a2b3c4d.tmp`: hidden, beside its target, so the final rename never crosses a file system. */
const TEMP_NAME = /^\.(.+)\.[0-9a-f]{8}\.tmp$/

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`)
}

/**
 * Long enough that no save still in progress (a large file over a slow network share, another
 * computer saving the same document) can be this old; short enough to tidy what a crash left.
 */
export const STALE_TEMP_MS = 10 * 60 * 1000

export interface StaleTempOptions {
  /** Only the temps of this file name (a document); absent: every temp of ours in the folder. */
  of?: string
  /** Untouched for at least this long; 0 in the app's own folders, which no other process writes. */
  olderThanMs: number
  now?: number
}

/**
 * Removes the temp files an interrupted atomic write left in `dir` (a crash between writing the temp
 * and renaming it). Only names this module makes are touched, only regular files, only old ones;
 * returns the names removed. A folder that cannot be read is left alone.
 */
export async function removeStaleTemps(dir: string, options: StaleTempOptions): Promise<string[]> {
  const now = options.now ?? Date.now()
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const match = TEMP_NAME.exec(name)
    if (!match || (options.of !== undefined && match[1] !== options.of)) continue
    const path = join(dir, name)
    try {
      const info = await lstat(path)
      if (!info.isFile() || now - info.mtimeMs < options.olderThanMs) continue
      await rm(path)
      removed.push(name)
    } catch {
      // Gone already, or not ours to remove (permissions): leave it.
    }
  }
  return removed
}

/** The stale temps of one document, beside it. */
export function removeStaleTempsOf(target: string, now?: number): Promise<string[]> {
  return removeStaleTemps(dirname(target), { of: basename(target), olderThanMs: STALE_TEMP_MS, ...(now === undefined ? {} : { now }) })
}
