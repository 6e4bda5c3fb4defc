import { mkdir, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../core/settings/schema'
import { UserError } from '../../core/errors'
import { writeFileAtomic } from '../fs/atomic-write'
import { withFileErrors } from '../fs/file-errors'

export interface LoadedSettings {
  settings: Settings
  /** Set when the file was unreadable and was set aside: a sentence for the user. */
  notice?: string
}

/** Field-level messages: 「autosaveSeconds：自动保存间隔至少 1 秒」. */
export function settingsErrors(value: unknown): string[] {
  const result = settingsSchema.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '设置'}：${i.message}`)
}

/**
 * settings.json in the app's data folder. A corrupt file never stops the app: it is moved aside as
 * settings.json.corrupt-<time> and the defaults are used, with a notice saying so.
 */
export class SettingsStore {
  constructor(private readonly file: string) {}

  async load(): Promise<LoadedSettings> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch {
      return { settings: DEFAULT_SETTINGS }
    }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      return this.setAside('设置文件不是有效的 JSON')
    }
    const parsed = settingsSchema.safeParse(raw)
    if (parsed.success) return { settings: parsed.data }
    return this.setAside(settingsErrors(raw).slice(0, 3).join('；'))
  }

  async save(value: unknown): Promise<Settings> {
    const parsed = settingsSchema.safeParse(value)
    if (!parsed.success) throw new UserError('settings.invalid', '设置中有无效的值，未保存：', settingsErrors(value))
    await withFileErrors(
      this.file,
      'write',
      async () => {
        await mkdir(dirname(this.file), { recursive: true })
        await writeFileAtomic(this.file, new TextEncoder().encode(JSON.stringify(parsed.data, null, 2)))
      },
      '设置未保存。',
    )
    return parsed.data
  }

  private async setAside(reason: string): Promise<LoadedSettings> {
    const aside = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`
    await rename(this.file, aside)
    return {
      settings: DEFAULT_SETTINGS,
      notice: `设置文件已损坏（${reason}），已备份为 ${aside} 并恢复默认设置。`,
    }
  }
}
