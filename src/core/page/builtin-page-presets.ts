import sikai from '../../../resources/page-presets/sikai.json' with { type: 'json' }
import duikai from '../../../resources/page-presets/duikai.json' with { type: 'json' }
import { UserError } from '../errors'
import { once } from '../once'
import type { PagePreset } from './page-preset'
import { pagePresetSchema } from './page-preset'

/** The page presets shipped in resources/page-presets, validated when first asked for (a bad edit fails loudly in tests). */
export const builtinPagePresets = once((): readonly PagePreset[] => [sikai, duikai].map((p) => pagePresetSchema().parse(p)))

export function findPagePreset(id: string): PagePreset {
  const preset = builtinPagePresets().find((p) => p.id === id)
  if (!preset) throw new UserError('page-preset.unknown', `没有名为「${id}」的版面版式。可用的版式：${builtinPagePresets().map((p) => `${p.id}（${p.name}）`).join('、')}。`)
  return preset
}
