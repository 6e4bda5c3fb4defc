import { UserError } from '../errors'
import { BUILTIN_PROFILES } from '../portal/builtin-profiles'
import type { PortalProfile } from '../portal/profile'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import type { SectionHeadingTemplate } from '../styles/templates'
import { BUILTIN_PRESETS } from '../typeset/builtin-presets'
import type { Preset } from '../typeset/preset'
import type { Settings } from './schema'

/**
 * What the user can choose from: the built-in presets, templates and portal profiles together with the
 * user's own. One rule for all three: an item of the user's with a built-in's id takes its place. An
 * edited built-in preset is kept that way (as a copy with the same id), and a built-in added in a later
 * version never changes how a user's documents already using that id look.
 */
function catalogue<T extends { id: string }>(builtin: readonly T[], own: readonly T[]): T[] {
  const ownById = new Map(own.map((item) => [item.id, item]))
  const builtinIds = new Set(builtin.map((item) => item.id))
  return [...builtin.map((item) => ownById.get(item.id) ?? item), ...own.filter((item) => !builtinIds.has(item.id))]
}

export function presetsOf(settings: Pick<Settings, 'presets'>): Preset[] {
  return catalogue(BUILTIN_PRESETS, settings.presets)
}

export function templatesOf(settings: Pick<Settings, 'templates'>): SectionHeadingTemplate[] {
  return catalogue(BUILTIN_TEMPLATES, settings.templates)
}

export function profilesOf(settings: Pick<Settings, 'portalProfiles'>): PortalProfile[] {
  return catalogue(BUILTIN_PROFILES, settings.portalProfiles)
}

export function isBuiltinPreset(id: string): boolean {
  return BUILTIN_PRESETS.some((p) => p.id === id)
}

export function presetOf(settings: Pick<Settings, 'presets'>, id: string): Preset {
  const all = presetsOf(settings)
  const preset = all.find((p) => p.id === id)
  if (!preset) throw new UserError('preset.unknown', `没有名为「${id}」的版式。可用的版式：${all.map((p) => `${p.id}（${p.name}）`).join('、')}。`)
  return preset
}

export function profileOf(settings: Pick<Settings, 'portalProfiles'>, id: string): PortalProfile {
  const profile = profilesOf(settings).find((p) => p.id === id)
  if (!profile) throw new UserError('export.no-profile', `找不到门户样式「${id}」，请在设置中检查。`)
  return profile
}
