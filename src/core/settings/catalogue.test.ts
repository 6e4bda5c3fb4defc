import { describe, expect, it } from 'vitest'
import { BUILTIN_PRESETS } from '../typeset/builtin-presets'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import { BUILTIN_PROFILES } from '../portal/builtin-profiles'
import { presetOf, presetsOf, profileOf, profilesOf, templatesOf } from './catalogue'

const a4 = BUILTIN_PRESETS.find((p) => p.id === 'a4')!
const band = BUILTIN_TEMPLATES.find((t) => t.id === 'band')!
const blue = BUILTIN_PROFILES.find((p) => p.id === 'default')!

describe('catalogue of presets, templates and portal profiles', () => {
  it('lists the built-ins in their order, then the user’s own', () => {
    const mine = { ...a4, id: 'a4-1', name: '我的 A4' }
    expect(presetsOf({ presets: [mine] }).map((p) => p.id)).toEqual([...BUILTIN_PRESETS.map((p) => p.id), 'a4-1'])
  })

  it('an item of the user’s with a built-in’s id takes its place, for presets, templates and profiles alike', () => {
    const editedA4 = { ...a4, name: '改过的 A4' }
    expect(presetsOf({ presets: [editedA4] }).filter((p) => p.id === 'a4')).toEqual([editedA4])
    expect(presetOf({ presets: [editedA4] }, 'a4').name).toBe('改过的 A4')

    const myBand = { ...band, name: '蓝色块', decoration: { kind: 'band' as const, color: '#1d5aa6' } }
    const templates = templatesOf({ templates: [myBand] })
    expect(templates.filter((t) => t.id === 'band')).toEqual([myBand])
    expect(templates.indexOf(myBand)).toBe(BUILTIN_TEMPLATES.indexOf(band))

    const myBlue = { ...blue, siteName: '本市门户' }
    expect(profilesOf({ portalProfiles: [myBlue] }).filter((p) => p.id === 'default')).toEqual([myBlue])
    expect(profileOf({ portalProfiles: [myBlue] }, 'default').siteName).toBe('本市门户')
  })

  it('an unknown id is a clear Chinese error naming what there is', () => {
    expect(() => presetOf({ presets: [] }, 'a3')).toThrow(/没有名为「a3」的版式。可用的版式：a4（A4 文章）/)
    expect(() => profileOf({ portalProfiles: [] }, 'nowhere')).toThrow('找不到门户样式「nowhere」')
  })
})
