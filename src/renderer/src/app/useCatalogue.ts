import { useMemo } from 'react'
import { presetsOf, profilesOf, templatesOf } from '../../../core/settings/catalogue'
import type { Settings } from '../../../core/settings/schema'

/** The presets, templates and portal profiles the user can choose from (built-in and their own). */
export function useCatalogue(settings: Settings) {
  const profiles = useMemo(() => profilesOf(settings), [settings.portalProfiles]) // eslint-disable-line react-hooks/exhaustive-deps
  const templates = useMemo(() => templatesOf(settings), [settings.templates]) // eslint-disable-line react-hooks/exhaustive-deps
  const presets = useMemo(() => presetsOf(settings).map((p) => ({ id: p.id, name: p.name })), [settings.presets]) // eslint-disable-line react-hooks/exhaustive-deps
  return { profiles, templates, presets }
}
