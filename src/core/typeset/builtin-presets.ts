import a4 from '../../../resources/presets/a4.json' with { type: 'json' }
import gongwen from '../../../resources/presets/gongwen.json' with { type: 'json' }
import newspaper from '../../../resources/presets/newspaper.json' with { type: 'json' }
import { UserError } from '../errors'
import type { Preset } from './preset'
import { presetSchema } from './preset'

/** The presets shipped in resources/presets, validated at load so a bad edit fails loudly in tests. */
export const BUILTIN_PRESETS: readonly Preset[] = [a4, gongwen, newspaper].map((p) => presetSchema.parse(p))

export function findPreset(id: string): Preset {
  const preset = BUILTIN_PRESETS.find((p) => p.id === id)
  if (!preset) throw new UserError('preset.unknown', `没有名为「${id}」的版式。可用的版式：${BUILTIN_PRESETS.map((p) => `${p.id}（${p.name}）`).join('、')}。`)
  return preset
}
