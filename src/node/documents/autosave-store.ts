import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import * as z from 'zod'
import type { RecoveryEntry } from '../../core/ipc/contract'
import { contentTitle, readBanxinContent, writeBanxinContent, type BanxinContent } from '../../core/page/banxin-content'
import { UserError } from '../../core/errors'
import { writeFileAtomic } from '../fs/atomic-write'
import { removeStaleTemps } from '../fs/temp-files'
import { withFileErrors } from '../fs/file-errors'

const entryInfo = z.object({
  displayName: z.string(),
  path: z.string().optional(),
  savedAt: z.string(),
  title: z.string(),
})

const ID = /^[A-Za-z0-9-]{1,64}$/

/**
 * Autosaved copies of open documents in the app's data folder: `<id>.banxin` (the copy) and `<id>.json`
 * (its name and file). A copy is removed when its document is saved or closed cleanly, so whatever is
 * left at start-up is work a crash would otherwise have lost. Operations run one at a time, in the order
 * they were asked for, so a clear that follows a write is never overtaken by it.
 */
export class AutosaveStore {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly dir: string) {}

  private paths(id: string) {
    if (!ID.test(id)) throw new UserError('autosave.bad-id', '自动保存编号无效。')
    return { data: join(this.dir, `${id}.banxin`), info: join(this.dir, `${id}.json`) }
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work)
    this.queue = next.catch(() => {})
    return next
  }

  /** At start-up: temp files of writes a crash interrupted. No other process writes this folder. */
  tidy(): Promise<string[]> {
    return this.inTurn(() => removeStaleTemps(this.dir, { olderThanMs: 0 }))
  }

  /** An article or a page file (版面): the copy is the .banxin its Save would write. */
  async write(id: string, content: BanxinContent, info: { displayName: string; path?: string }): Promise<void> {
    const { data, info: infoPath } = this.paths(id)
    return this.inTurn(() =>
      withFileErrors(data, 'write', async () => {
        await mkdir(this.dir, { recursive: true })
        await writeFileAtomic(data, writeBanxinContent(content))
        const record = { ...info, savedAt: new Date().toISOString(), title: contentTitle(content) }
        await writeFileAtomic(infoPath, new TextEncoder().encode(JSON.stringify(record)))
      }),
    )
  }

  async clear(id: string): Promise<void> {
    const { data, info } = this.paths(id)
    return this.inTurn(async () => {
      await rm(info, { force: true })
      await rm(data, { force: true })
    })
  }

  /** Every copy on disk, newest first, including one whose info a crash kept from being written. */
  list(): Promise<RecoveryEntry[]> {
    return this.inTurn(async () => {
      let names: string[]
      try {
        names = await readdir(this.dir)
      } catch {
        return []
      }
      const entries: RecoveryEntry[] = []
      for (const name of names.filter((n) => n.endsWith('.banxin'))) {
        const id = name.slice(0, -'.banxin'.length)
        if (ID.test(id)) entries.push(...(await this.entry(id)))
      }
      return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    })
  }

  private async entry(id: string): Promise<RecoveryEntry[]> {
    const { data, info } = this.paths(id)
    try {
      return [{ id, ...entryInfo.parse(JSON.parse(await readFile(info, 'utf8'))) }]
    } catch {
      // The copy was written but its info was not (a crash in between): describe it from the copy itself.
    }
    try {
      const [bytes, written] = await Promise.all([readFile(data), stat(data)])
      const title = contentTitle(readBanxinContent(new Uint8Array(bytes)))
      return [{ id, displayName: `${title || '未命名'}.banxin`, savedAt: written.mtime.toISOString(), title }]
    } catch {
      return []
    }
  }

  /** A copy on disk and what is known of it; main reads the copy in its open worker. */
  async find(id: string): Promise<{ data: string; info: RecoveryEntry }> {
    const { data } = this.paths(id)
    const info = (await this.list()).find((e) => e.id === id)
    if (!info) throw new UserError('autosave.missing', '找不到这份自动保存的副本，它可能已被清除。')
    return { data, info }
  }
}
