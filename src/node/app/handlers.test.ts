import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createHandlers, type AppEnvironment } from './handlers'
import { exportOrderSchema, requestFor } from './export-handlers'
import { importFile } from '../import/import-file'
import { importDraft } from '../../core/import/import-draft'
import { blockText } from '../../core/model/text'
import { DEFAULT_SETTINGS } from '../../core/settings/schema'
import type { OpenedDocument } from '../../core/ipc/contract'

function handlers(settings?: object) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'banxin-handlers-'))
  if (settings) writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }))
  const env: AppEnvironment = {
    userDataDir,
    resourcesDir: resolve('resources'),
    chooseOpenPath: async () => null,
    chooseSavePath: async () => null,
    setDirty: () => {},
    startupFiles: [],
    chooseExportPath: async () => null,
    showInFolder: () => {},
    sendExportProgress: () => {},
    exportWorkerPath: '',
    previewWorkerPath: '',
    importFile,
    importBytes: (bytes, name) => importDraft(bytes, name),
  }
  return { table: createHandlers(env), dir: userDataDir }
}

const draft = (dir: string) => {
  const path = join(dir, 'draft.txt')
  writeFileSync(path, '河川市民生实事\n\n今年以来,全市新建养老服务站86个,覆盖率达到100 %。\n')
  return path
}

describe('IPC handlers', () => {
  it('refuse malformed arguments with a Chinese message instead of throwing', async () => {
    const { table } = handlers()
    const result = await table.openPath(42)
    expect(result).toEqual({ ok: false, error: { code: 'ipc.bad-arguments', message: expect.stringMatching(/无效/) } })
  })

  it('leave an imported draft as written by default: fixes wait in the 检查 panel', async () => {
    const { table, dir } = handlers()
    const result = await table.openPath(draft(dir))
    const doc = (result as { ok: true; value: OpenedDocument }).value
    expect(doc.bundle.article.blocks.map(blockText).join('')).toContain('以来,全市')
  })

  it('normalise an imported draft on open when the user chose so, and say so', async () => {
    const { table, dir } = handlers({ normalizeOnImport: true })
    const doc = ((await table.openPath(draft(dir))) as { ok: true; value: OpenedDocument }).value
    const text = doc.bundle.article.blocks.map(blockText).join('')
    expect(text).toContain('以来，全市')
    expect(text).toContain('100%')
    expect(doc.report?.warnings.join('')).toContain(`自动规范 ${doc.changes?.length} 处`)
    expect(doc.changes?.map((c) => c.rule).sort()).toEqual(['punct-width', 'punct-width', 'space-percent'])
  })

  it('pass the changes made on opening into the package request, and refuse malformed ones', async () => {
    const { table, dir } = handlers({ normalizeOnImport: true })
    const doc = ((await table.openPath(draft(dir))) as { ok: true; value: OpenedDocument }).value
    const order = exportOrderSchema.parse({ kind: 'package', profileId: DEFAULT_SETTINGS.defaultProfile, folder: false, target: join(dir, 'a.zip'), changes: doc.changes })
    const request = requestFor(order, doc.bundle, DEFAULT_SETTINGS)
    expect(request.kind === 'package' && request.options?.changes).toEqual(doc.changes)
    const bad = { ...doc.changes![0], rule: 'rewrite-everything' }
    expect(exportOrderSchema.safeParse({ ...order, changes: [bad] }).success).toBe(false)
  })
})
