import defaultFile from '../../../resources/portals/default.json' with { type: 'json' }
import hechuanRedFile from '../../../resources/portals/hechuan-red.json' with { type: 'json' }
import { parsePortalProfile, type PortalProfile } from './profile'

/** Profiles shipped in resources/portals, validated at load so a bad edit fails loudly in tests. */
export const BUILTIN_PROFILES: readonly PortalProfile[] = [
  parsePortalProfile(defaultFile, 'resources/portals/default.json'),
  parsePortalProfile(hechuanRedFile, 'resources/portals/hechuan-red.json'),
]

export const DEFAULT_PROFILE: PortalProfile = BUILTIN_PROFILES[0]!

export function findBuiltinProfile(id: string): PortalProfile | undefined {
  return BUILTIN_PROFILES.find((p) => p.id === id)
}
