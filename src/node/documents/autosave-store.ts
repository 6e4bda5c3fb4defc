import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { RecoveryEntry } from '../../core/ipc/contract'
import { contentTitle, readBanxinContent, writeBanxinContent, type BanxinContent } from '../../core/page/banxin-content'
import { UserError } from '../../core/errors'
import { writeFileAtomic } from '../fs/atomic-write'

const entryInfo = z.object({
  displayName: z.string(),
  path: z.string().optional(),
  savedAt: z.string(),
  title: z.string(),
})

const ID = /^[A-Za-z0-9-]{1,64}$/

/**
 * Autosaved copies of open documents in the app's data folder. A copy is removed when its document is
 * saved or closed cleanly, so whatever is left at start-up is work a crash would otherwise have lost.
 */
export class AutosaveStore {
  constructor(private readonly dir: string) {}

  private paths(id: string) {
    if (!ID.test(id)) throw new UserError('autosave.bad-id', '自动保存编号无效。')
    return { data: join(this.dir, `${id}.banxin`), info: join(this.dir, `${id}.json`) }
  }

  /** An article or a page file (版面): the copy is the .banxin its Save would write. */
  async write(id: string, content: BanxinContent, info: { displayName: string; path?: string }): Promise<void> {
    const { data, info: infoPath } = this.paths(id)
    await mkdir(this.dir, { recursive: true })
    await writeFileAtomic(data, writeBanxinContent(content))
    const record = { ...info, savedAt: new Date().toISOString(), title: contentTitle(content) }
    await writeFileAtomic(infoPath, new TextEncoder().encode(JSON.stringify(record)))
  }

  async clear(id: string): Promise<void> {
    const { data, info } = this.paths(id)
    await rm(data, { force: true })
    await rm(info, { force: true })
  }

  async list(): Promise<RecoveryEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch {
      return []
    }
    const entries: RecoveryEntry[] = []
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const id = name.slice(0, -'.json'.length)
      if (!ID.test(id)) continue
      try {
        const info = entryInfo.parse(JSON.parse(await readFile(join(this.dir, name), 'utf8')))
        entries.push({ id, ...info })
      } catch {
        // A half-written record from a crash: the .banxin beside it is still listed by read().
      }
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  async read(id: string): Promise<{ content: BanxinContent; info: RecoveryEntry }> {
    const { data } = this.paths(id)
    const info = (await this.list()).find((e) => e.id === id)
    if (!info) throw new UserError('autosave.missing', '找不到这份自动保存的副本，它可能已被清除。')
    return { content: readBanxinContent(new Uint8Array(await readFile(data))), info }
  }
}
