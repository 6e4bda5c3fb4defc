import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import { UserError } from '../../core/errors'
import { article, paragraph } from '../../core/model/build'
import { DEFAULT_SETTINGS } from '../../core/settings/schema'

/**
 * Every writer (and the importer) words a file-system failure the same way. Errors a test cannot cause
 * for real as root (EACCES, EROFS, ENOSPC) are injected at `open`, where every write starts.
 */
const failing = vi.hoisted(() => ({ code: undefined as string | undefined }))
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof FsPromises>()
  const open: typeof fs.open = (async (...args: Parameters<typeof fs.open>) => {
    if (failing.code && String(args[0]).includes('目标')) throw Object.assign(new Error(`${failing.code}: injected`), { code: failing.code })
    return fs.open(...args)
  }) as typeof fs.open
  return { ...fs, default: { ...fs, open }, open }
})

const { saveDocument } = await import('../documents/save-document')
const { AutosaveStore } = await import('../documents/autosave-store')
const { SettingsStore } = await import('../settings/settings-store')
const { runExport } = await import('../export/jobs/run-export')
const { importFile } = await import('../import/import-file')
const { fileProblem } = await import('./file-errors')

const bundle = { article: article({ title: '标题' }, [paragraph('正文。')]), assetData: {} }

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-errors-'))
})
afterEach(() => {
  failing.code = undefined
})

async function messageOf(work: () => Promise<unknown>): Promise<string> {
  const error = await work().then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, 'expected a UserError').toBeInstanceOf(UserError)
  return (error as UserError).message
}

const WRITERS: [string, (target: string) => Promise<unknown>][] = [
  ['save', (target) => saveDocument(join(target, '稿件.banxin'), bundle)],
  ['autosave', (target) => new AutosaveStore(target).write('doc-1', bundle, { displayName: '稿件.banxin' })],
  ['settings', (target) => new SettingsStore(join(target, 'settings.json')).save(DEFAULT_SETTINGS)],
  ['PDF', (target) => runExport({ kind: 'pdf', bundle, target: join(target, 'a.pdf'), options: {} })],
  ['HTML package (zip)', (target) => runExport({ kind: 'package', bundle, target: { kind: 'zip', path: join(target, 'a.zip') } })],
  ['HTML package (folder)', (target) => runExport({ kind: 'package', bundle, target: { kind: 'folder', path: join(target, 'a') } })],
  ['plain text', (target) => runExport({ kind: 'text', bundle, target: join(target, 'a.txt'), templates: [] })],
]

const EXPECTED: [string, RegExp][] = [
  ['EACCES', /没有写入文件夹「.*目标」的权限/],
  ['EROFS', /所在的磁盘是只读的/],
  ['ENOSPC', /磁盘空间不足/],
]

describe('file-system failures read the same from every writer', () => {
  for (const [writer, write] of WRITERS) {
    for (const [code, wording] of EXPECTED) {
      it(`${writer}: ${code}`, async () => {
        const target = join(dir, '目标')
        mkdirSync(target)
        failing.code = code
        const message = await messageOf(() => write(target))
        expect(message).toMatch(/^无法写入「.*目标.*」：/)
        expect(message).toMatch(wording)
        expect(message).not.toContain(code)
        expect(message).not.toContain('意外')
      })
    }
  }

  it('a target that is a folder, or in a folder that does not exist, is named as such', async () => {
    const folder = join(dir, '目标.pdf')
    mkdirSync(folder)
    expect(await messageOf(() => runExport({ kind: 'text', bundle, target: folder, templates: [] }))).toMatch(/这是一个文件夹，不是文件/)
    const missing = join(dir, '没有的文件夹', '目标.txt')
    expect(await messageOf(() => runExport({ kind: 'text', bundle, target: missing, templates: [] }))).toMatch(/文件夹「.*没有的文件夹」不存在/)
  })
})

describe('reading drafts', () => {
  it('says why a draft cannot be read, without the raw code', async () => {
    const path = join(dir, '目标.txt')
    writeFileSync(path, '标题\n\n正文。\n')
    failing.code = 'EACCES'
    expect(await messageOf(() => importFile(path))).toMatch(/^无法读取「.*目标\.txt」：没有读取它的权限。$/)
  })

  it('refuses a device such as /dev/urandom as what it is, not as an empty file', async () => {
    const message = await messageOf(() => importFile('/dev/urandom'))
    expect(message).toContain('不是普通文件')
    expect(message).not.toContain('空')
  })

  it('refuses a folder as a folder', async () => {
    expect(await messageOf(() => importFile(dir))).toContain('这是一个文件夹，不是文件')
  })

  it('names an unknown system error after a Chinese sentence', () => {
    expect(fileProblem('EWEIRD', '/x/a.txt', 'read').message).toBe('无法读取「/x/a.txt」：系统报告错误 EWEIRD。')
  })
})
