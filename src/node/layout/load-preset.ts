import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { UserError } from '../../core/errors'
import { describePath } from '../../core/model/schema'
import type { Preset } from '../../core/typeset/preset'
import { presetSchema } from '../../core/typeset/preset'
import { findPreset } from '../../core/typeset/builtin-presets'
import type { PagePreset } from '../../core/page/page-preset'
import { pagePresetSchema } from '../../core/page/page-preset'
import { findPagePreset } from '../../core/page/builtin-page-presets'

/** A preset JSON file (a user's adjusted copy), validated; `code` and `what` name its kind in errors. */
async function presetFile<T>(path: string, schema: z.ZodType<T>, code: string, what: string): Promise<T> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path, 'utf8'))
  } catch {
    throw new UserError(`${code}.unreadable`, `无法读取${what}文件「${path}」：文件不存在或不是有效的 JSON。`)
  }
  const checked = schema.safeParse(raw)
  if (!checked.success)
    throw new UserError(
      `${code}.invalid`,
      `${what}文件「${path}」有误：`,
      checked.error.issues.slice(0, 10).map((i) => `${describePath(i.path)}：${i.message}`),
    )
  return checked.data
}

const isFile = (idOrPath: string) => /\.json$/i.test(idOrPath)

/** A built-in preset by id, or a preset JSON file (a user's adjusted copy). */
export async function loadPreset(idOrPath: string): Promise<Preset> {
  return isFile(idOrPath) ? presetFile(idOrPath, presetSchema, 'preset', '版式') : findPreset(idOrPath)
}

/** A built-in page preset by id (sikai, duikai), or a page preset JSON file (a paper's own grid). */
export async function loadPagePreset(idOrPath: string): Promise<PagePreset> {
  return isFile(idOrPath) ? presetFile(idOrPath, pagePresetSchema(), 'page-preset', '版面版式') : findPagePreset(idOrPath)
}
