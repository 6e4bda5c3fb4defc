import { readFile } from 'node:fs/promises'
import { UserError } from '../../core/errors'
import { describePath } from '../../core/model/schema'
import type { Preset } from '../../core/typeset/preset'
import { presetSchema } from '../../core/typeset/preset'
import { findPreset } from '../../core/typeset/builtin-presets'

/** A built-in preset by id, or a preset JSON file (a user's adjusted copy). */
export async function loadPreset(idOrPath: string): Promise<Preset> {
  if (!/\.json$/i.test(idOrPath)) return findPreset(idOrPath)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(idOrPath, 'utf8'))
  } catch {
    throw new UserError('preset.unreadable', `无法读取版式文件「${idOrPath}」：文件不存在或不是有效的 JSON。`)
  }
  const checked = presetSchema.safeParse(raw)
  if (!checked.success)
    throw new UserError(
      'preset.invalid',
      `版式文件「${idOrPath}」有误：`,
      checked.error.issues.slice(0, 10).map((i) => `${describePath(i.path)}：${i.message}`),
    )
  return checked.data
}
