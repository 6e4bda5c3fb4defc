import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import * as z from 'zod'
import { writeFileAtomic } from '../fs/atomic-write'

const MAX = 12
const schema = z.array(z.string()).max(100)

/** The recent-files list (most recent first) in a JSON file; a corrupt file reads as empty. */
export class RecentFiles {
  constructor(private readonly file: string) {}

  async list(): Promise<string[]> {
    try {
      return schema.parse(JSON.parse(await readFile(this.file, 'utf8'))).slice(0, MAX)
    } catch {
      return []
    }
  }

  async add(path: string): Promise<string[]> {
    const next = [path, ...(await this.list()).filter((p) => p !== path)].slice(0, MAX)
    await mkdir(dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, new TextEncoder().encode(JSON.stringify(next, null, 1)))
    return next
  }
}
