import { describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SettingsStore } from './settings-store'
import { DEFAULT_SETTINGS } from '../../core/settings/schema'

const fresh = () => join(mkdtempSync(join(tmpdir(), 'banxin-settings-')), 'settings.json')

describe('settings', () => {
  it('starts from defaults when there is no file', async () => {
    expect((await new SettingsStore(fresh()).load()).settings).toEqual(DEFAULT_SETTINGS)
  })

  it('saves and loads back what was saved', async () => {
    const file = fresh()
    const store = new SettingsStore(file)
    await store.save({ ...DEFAULT_SETTINGS, autosaveSeconds: 30 })
    expect((await store.load()).settings.autosaveSeconds).toBe(30)
  })

  it('rejects a bad value with a field-level Chinese message and keeps the old file', async () => {
    const file = fresh()
    const store = new SettingsStore(file)
    await store.save(DEFAULT_SETTINGS)
    await expect(store.save({ ...DEFAULT_SETTINGS, autosaveSeconds: 0 })).rejects.toMatchObject({
      details: [expect.stringMatching(/^autosaveSeconds：自动保存间隔至少 1 秒/)],
    })
    expect((await store.load()).settings.autosaveSeconds).toBe(2)
  })

  it('backs up a corrupt file, returns defaults and says so', async () => {
    const file = fresh()
    writeFileSync(file, '{"autosaveSeconds": ')
    const loaded = await new SettingsStore(file).load()
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS)
    expect(loaded.notice).toMatch(/已损坏.*已备份/)
    expect(readdirSync(join(file, '..')).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true)
  })

  it('treats a file with out-of-range values as corrupt rather than crashing', async () => {
    const file = fresh()
    writeFileSync(file, JSON.stringify({ autosaveSeconds: -5 }))
    const loaded = await new SettingsStore(file).load()
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS)
    expect(loaded.notice).toContain('autosaveSeconds')
  })
})
