import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { saveDocument, savePage } from './save-document'
import { openDocument } from './open-document'
import { openPage } from './open-page'
import type { PageBundle } from '../../core/page/page'
import { AutosaveStore } from './autosave-store'
import { RecentFiles } from './recent-files'
import { writeFileAtomic } from '../fs/atomic-write'
import { article, paragraph } from '../../core/model/build'
import { readBanxin, writeBanxin } from '../../core/file/banxin-file'
import { writePageFile } from '../../core/page/page-file'
import type { ArticleBundle } from '../../core/model/article'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-docs-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const bundle = (text: string): ArticleBundle => ({ article: article({ title: '标题' }, [paragraph(text)]), assetData: {} })
const noImport = async () => {
  throw new Error('import not expected')
}

describe('saving', () => {
  it('writes a file that reads back as the same article and leaves no temp files', async () => {
    const path = join(dir, '稿件.banxin')
    await saveDocument(path, bundle('第一版。'))
    await saveDocument(path, bundle('第二版。'))
    expect(readBanxin(new Uint8Array(readFileSync(path)))).toEqual(bundle('第二版。'))
    expect(readdirSync(dir)).toEqual(['稿件.banxin'])
  })

  it('keeps the previous file when the new one cannot be written (bad asset)', async () => {
    const path = join(dir, '稿件.banxin')
    await saveDocument(path, bundle('原稿。'))
    const before = readFileSync(path)
    const broken = { article: { ...bundle('x').article, assets: { a: { mime: 'image/png' as const, name: 'a.png' } } }, assetData: {} }
    await expect(saveDocument(path, broken)).rejects.toThrow()
    expect(readFileSync(path)).toEqual(before)
    expect(readdirSync(dir)).toEqual(['稿件.banxin'])
  })

  it('a write killed half-way leaves the original readable (temp file is separate)', async () => {
    const path = join(dir, '稿件.banxin')
    await saveDocument(path, bundle('原稿。'))
    // What a crash mid-write leaves behind: a partial temp file beside the original.
    writeFileSync(join(dir, '.稿件.banxin.dead.tmp'), writeBanxin(bundle('新')).slice(0, 30))
    expect(await openDocument(path, noImport)).toMatchObject({ bundle: bundle('原稿。') })
  })
})

/** A page file (版面) with one story titled `title`. */
const page = (title: string): PageBundle => ({
  page: {
    version: 1,
    preset: 'sikai',
    paper: { name: '河川日报' },
    date: '2025-05-01',
    pages: [{ number: 2, name: '综合', frames: [{ id: 'f', article: 'a', column: 0, columns: 2, row: 0, rows: 10, headline: { direction: 'across', columns: 2, weight: 3, side: 'right' } }] }],
    articles: { a: article({ title }, [paragraph('正文。')]) },
  },
  assetData: { a: {} },
})

describe('版面文件', () => {
  it('saves atomically and opens the same page; a page that fails validation leaves the old file', async () => {
    const path = join(dir, '第二版.banxin')
    await savePage(path, page('第一稿'))
    await savePage(path, page('第二稿'))
    expect(await openPage(path)).toEqual(page('第二稿'))
    const before = readFileSync(path)
    const broken = page('坏')
    broken.page.pages[0]!.frames[0]!.article = 'gone'
    await expect(savePage(path, broken)).rejects.toThrow(/原文件未改动/)
    expect(readFileSync(path)).toEqual(before)
    expect(readdirSync(dir)).toEqual(['第二版.banxin'])
  })

  it('opens a page file as a page, and openPage refuses an article file', async () => {
    const path = join(dir, '版面.banxin')
    await savePage(path, page('标题'))
    expect(await openDocument(path, noImport)).toEqual({ page: page('标题'), path, displayName: '版面.banxin' })
    const articlePath = join(dir, '稿件.banxin')
    await saveDocument(articlePath, bundle('正文。'))
    await expect(openPage(articlePath)).rejects.toThrow(/这是单篇稿件文件/)
  })
})

describe('opening', () => {
  it('refuses a missing file with a Chinese message', async () => {
    await expect(openDocument(join(dir, 'none.banxin'), noImport)).rejects.toThrow(/无法读取「.*none\.banxin」：找不到这个文件，它可能已被移动或删除。/)
  })

  it('never modifies the file it opens', async () => {
    const path = join(dir, 'a.banxin')
    writeFileSync(path, writeBanxin(bundle('正文。')))
    const before = readFileSync(path)
    await openDocument(path, noImport)
    expect(readFileSync(path)).toEqual(before)
  })
})

describe('autosave and recovery', () => {
  it('lists what a crash left behind and recovers it exactly', async () => {
    const store = new AutosaveStore(join(dir, 'autosave'))
    await store.write('doc-1', bundle('没来得及保存的稿子。'), { displayName: '稿件.banxin', path: '/x/稿件.banxin' })
    const after = new AutosaveStore(join(dir, 'autosave'))
    const entries = await after.list()
    expect(entries.map((e) => [e.id, e.displayName, e.title])).toEqual([['doc-1', '稿件.banxin', '标题']])
    expect(readBanxin(readFileSync((await after.find('doc-1')).data))).toEqual(bundle('没来得及保存的稿子。'))
    await after.clear('doc-1')
    expect(await after.list()).toEqual([])
  })

  it('lists a copy whose info a crash kept from being written, named by its title', async () => {
    const autosave = join(dir, 'autosave')
    mkdirSync(autosave)
    // What a kill between the copy's write and its info's write leaves: the copy alone.
    writeFileSync(join(autosave, 'doc-2.banxin'), writeBanxin(bundle('只写了副本。')))
    writeFileSync(join(autosave, 'doc-3.json'), '{"displayName":"无副本.banxin"')
    const store = new AutosaveStore(autosave)
    const entries = await store.list()
    expect(entries.map((e) => [e.id, e.displayName, e.title])).toEqual([['doc-2', '标题.banxin', '标题']])
    expect(readBanxin(readFileSync((await store.find('doc-2')).data))).toEqual(bundle('只写了副本。'))
  })

  it('a page file’s copy without its info is listed by the page’s name', async () => {
    const autosave = join(dir, 'autosave')
    mkdirSync(autosave)
    writeFileSync(join(autosave, 'page-1.banxin'), writePageFile(page('头条')))
    const entries = await new AutosaveStore(autosave).list()
    expect(entries.map((e) => [e.id, e.displayName, e.title])).toEqual([['page-1', '河川日报 第 2 版 综合.banxin', '河川日报 第 2 版 综合']])
  })

  it('a clear asked for after a write is never overtaken by it', async () => {
    const store = new AutosaveStore(join(dir, 'autosave'))
    const writing = store.write('doc-4', bundle('x'.repeat(200_000)), { displayName: 'x.banxin' })
    await Promise.all([writing, store.clear('doc-4')])
    expect(await store.list()).toEqual([])
  })

  it('refuses ids that could escape its folder', async () => {
    const store = new AutosaveStore(join(dir, 'autosave'))
    await expect(store.write('../evil', bundle('x'), { displayName: 'x' })).rejects.toThrow()
  })
})

describe('temp files a crash left behind', () => {
  const HOUR_AGO = (Date.now() - 3600_000) / 1000

  /** Temps as interrupted saves leave them, plus look-alikes that are not ours. */
  function leftovers(folder: string): void {
    writeFileSync(join(folder, '.稿件.banxin.1a2b3c4d.tmp'), 'old temp of this document')
    writeFileSync(join(folder, '.稿件.banxin.0f0f0f0f.tmp'), 'temp of a save in progress')
    writeFileSync(join(folder, '.其他.banxin.1a2b3c4d.tmp'), 'old temp of another document')
    writeFileSync(join(folder, '.稿件.banxin.tmp'), 'someone else’s file')
    writeFileSync(join(folder, '.稿件.banxin.notahex!.tmp'), 'someone else’s file')
    mkdirSync(join(folder, '.稿件.banxin.abcdef01.tmp'))
    for (const name of ['.稿件.banxin.1a2b3c4d.tmp', '.其他.banxin.1a2b3c4d.tmp', '.稿件.banxin.tmp', '.稿件.banxin.notahex!.tmp', '.稿件.banxin.abcdef01.tmp'])
      utimesSync(join(folder, name), HOUR_AGO, HOUR_AGO)
  }

  it('opening a document removes its own stale temps and nothing else', async () => {
    const path = join(dir, '稿件.banxin')
    writeFileSync(path, writeBanxin(bundle('原稿。')))
    leftovers(dir)
    await openDocument(path, noImport)
    expect(readdirSync(dir).sort()).toEqual(
      ['.稿件.banxin.0f0f0f0f.tmp', '.其他.banxin.1a2b3c4d.tmp', '.稿件.banxin.tmp', '.稿件.banxin.notahex!.tmp', '.稿件.banxin.abcdef01.tmp', '稿件.banxin'].sort(),
    )
  })

  it('opening a page file removes its own stale temps too', async () => {
    const path = join(dir, '稿件.banxin')
    await savePage(path, page('头条'))
    leftovers(dir)
    await openDocument(path, noImport)
    expect(readdirSync(dir)).not.toContain('.稿件.banxin.1a2b3c4d.tmp')
    expect(readdirSync(dir)).toContain('.其他.banxin.1a2b3c4d.tmp')
  })

  it('saving a document removes its own stale temps first', async () => {
    leftovers(dir)
    await saveDocument(join(dir, '稿件.banxin'), bundle('新稿。'))
    expect(readdirSync(dir)).not.toContain('.稿件.banxin.1a2b3c4d.tmp')
    expect(readdirSync(dir)).toContain('.稿件.banxin.0f0f0f0f.tmp')
  })

  it('the autosave folder is tidied at start-up whatever the temps’ age, since only Banxin writes there', async () => {
    const autosave = join(dir, 'autosave')
    mkdirSync(autosave)
    writeFileSync(join(autosave, '.doc-1.banxin.1a2b3c4d.tmp'), 'half a copy')
    writeFileSync(join(autosave, '.doc-1.json.5e6f7a8b.tmp'), '{')
    writeFileSync(join(autosave, 'notes.txt'), 'not ours')
    expect((await new AutosaveStore(autosave).tidy()).sort()).toEqual(['.doc-1.banxin.1a2b3c4d.tmp', '.doc-1.json.5e6f7a8b.tmp'])
    expect(readdirSync(autosave)).toEqual(['notes.txt'])
  })

  it('an atomic write to any target (an export, settings) clears that target’s stale temps', async () => {
    writeFileSync(join(dir, '.out.pdf.1a2b3c4d.tmp'), 'killed export')
    utimesSync(join(dir, '.out.pdf.1a2b3c4d.tmp'), HOUR_AGO, HOUR_AGO)
    await writeFileAtomic(join(dir, 'out.pdf'), new Uint8Array([1]))
    expect(readdirSync(dir)).toEqual(['out.pdf'])
  })
})

describe('recent files', () => {
  it('keeps the most recent first without duplicates and survives a corrupt list', async () => {
    const file = join(dir, 'recent.json')
    const recent = new RecentFiles(file)
    await recent.add('/a')
    await recent.add('/b')
    await recent.add('/a')
    expect(await recent.list()).toEqual(['/a', '/b'])
    writeFileSync(file, '{garbage')
    expect(await recent.list()).toEqual([])
  })
})
