import { useMemo } from 'react'
import { presetsOf, profilesOf, templatesOf } from '../../../core/settings/catalogue'
import type { Settings } from '../../../core/settings/schema'

/** The presets, templates and portal profiles the user can choose from (built-in and their own). */
export function useCatalogue(settings: Settings) {
  const profiles = useMemo(() => profilesOf(settings), [settings.portalProfiles]) // eslint-disable-line react-hooks/exhaustive-deps
  const templates = useMemo(() => templatesOf(settings), [settings.templates]) // eslint-disable-line react-hooks/exhaustive-deps
  const presets = useMemo(() => presetsOf(settings).map((p) => ({ id: p.id, name: p.name })), [settings.presets]) // eslint-disable-line react-hooks/exhaustive-deps
  /** The main colour of the portal the preview shows: template colours that follow the portal take it in the editor too. */
  const portalMainColor = (profiles.find((p) => p.id === settings.defaultProfile) ?? profiles[0]!).colors.main
  return { profiles, templates, presets, portalMainColor }
}
