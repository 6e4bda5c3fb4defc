import { readFile } from 'node:fs/promises'
import { UserError } from '../../../core/errors'
import { BUILTIN_PROFILES, findBuiltinProfile } from '../../../core/portal/builtin-profiles'
import { parsePortalProfile, type PortalProfile } from '../../../core/portal/profile'

/** A built-in profile by id (default, hechuan-red) or a profile JSON file by path. */
export async function loadPortalProfile(idOrPath: string): Promise<PortalProfile> {
  const builtin = findBuiltinProfile(idOrPath)
  if (builtin) return builtin
  if (!/[\\/]|\.json$/i.test(idOrPath))
    throw new UserError('portal.unknown-profile', `没有名为「${idOrPath}」的门户配置。内置的有：${BUILTIN_PROFILES.map((p) => p.id).join('、')}；也可以给出配置文件（.json）的路径。`)
  const text = await readFile(idOrPath, 'utf8').catch(() => {
    throw new UserError('portal.profile-unreadable', `无法读取门户配置文件「${idOrPath}」。`)
  })
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    throw new UserError('portal.profile-bad-json', `门户配置文件「${idOrPath}」不是有效的 JSON。`)
  }
  return parsePortalProfile(raw, `门户配置文件「${idOrPath}」`)
}
