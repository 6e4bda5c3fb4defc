import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createHandlers, type AppEnvironment } from './handlers'
import { requestFor } from './export-handlers'
import { exportOrderArg } from '../../core/ipc/schemas'
import { openRequested } from '../documents/open-request'
import { blockText } from '../../core/model/text'
import { DEFAULT_SETTINGS } from '../../core/settings/schema'
import type { EventName, IpcResult, OpenedDocument, OpenedPage } from '../../core/ipc/contract'
import type { PageBundle } from '../../core/page/page'
import { newPageDocument } from '../../core/page/new-page'
import { addArticles } from '../../core/page/place-articles'
import { writePageFile } from '../../core/page/page-file'
import { writeBanxin } from '../../core/file/banxin-file'
import { article, paragraph } from '../../core/model/build'
import { BUILTIN_TEMPLATES } from '../../core/styles/builtin-templates'
import { BUILTIN_PROFILES } from '../../core/portal/builtin-profiles'
import { findTemplate } from '../../core/styles/templates'

interface Dialogs {
  open: (string | null)[]
  articles: string[][]
  images: (string[] | null)[]
  save: (string | null)[]
  export: (string | null)[]
  shown: string[]
  sent: { name: EventName; payload: unknown }[]
}

function handlers(options: { settings?: object; startupFiles?: string[] } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'banxin-handlers-'))
  if (options.settings) writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }))
  const dialogs: Dialogs = { open: [], articles: [], images: [], save: [], export: [], shown: [], sent: [] }
  const env: AppEnvironment = {
    userDataDir,
    resourcesDir: resolve('resources'),
    chooseOpenPath: async () => dialogs.open.shift() ?? null,
    chooseArticlePaths: async () => dialogs.articles.shift() ?? [],
    chooseSavePath: async () => dialogs.save.shift() ?? null,
    setDirty: () => {},
    startupFiles: [...(options.startupFiles ?? [])],
    chooseExportPath: async () => dialogs.export.shift() ?? null,
    showInFolder: (path) => void dialogs.shown.push(path),
    send: (name, payload) => void dialogs.sent.push({ name, payload }),
    exportWorkerPath: '',
    previewWorkerPath: '',
    open: openRequested,
    askToSave: async () => 'cancel',
    closeWindow: () => {},
    chooseImagePaths: async () => dialogs.images.shift() ?? null,
    showContextMenu: async () => null,
    editCommand: () => {},
  }
  const app = createHandlers(env)
  return { app, table: app.invoke, dir: userDataDir, dialogs }
}

const draft = (dir: string) => {
  const path = join(dir, 'draft.txt')
  writeFileSync(path, '河川市民生实事\n\n今年以来,全市新建养老服务站86个,覆盖率达到100 %。\n')
  return path
}

const value = <T>(result: IpcResult<unknown>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  return result.value as T
}
const refusal = (result: IpcResult<unknown>) => (result.ok ? 'ok' : result.error.code)

/** Opens `path` the way a user does: chosen in the open dialog. */
async function openChosen(h: ReturnType<typeof handlers>, path: string): Promise<OpenedDocument> {
  h.dialogs.open.push(path)
  return value<OpenedDocument>(await h.table.openDialog())
}

describe('IPC handlers', () => {
  it('refuse malformed arguments with a Chinese message instead of throwing', async () => {
    const { table } = handlers()
    const result = await table.openPath(42)
    expect(result).toEqual({ ok: false, error: { code: 'ipc.bad-arguments', message: expect.stringMatching(/无效/) } })
  })

  it('say which setting is out of range when the settings do not fit their schema', async () => {
    const { table } = handlers()
    const result = await table.saveSettings({ ...DEFAULT_SETTINGS, autosaveSeconds: 0 })
    expect(result.ok ? '' : result.error.message).toContain('autosaveSeconds：自动保存间隔至少 1 秒')
  })

  it('leave an imported draft as written by default: fixes wait in the 检查 panel', async () => {
    const h = handlers()
    const doc = await openChosen(h, draft(h.dir))
    expect(doc.bundle.article.blocks.map(blockText).join('')).toContain('以来,全市')
  })

  it('normalise an imported draft on open when the user chose so, and say so', async () => {
    const h = handlers({ settings: { normalizeOnImport: true } })
    const doc = await openChosen(h, draft(h.dir))
    const text = doc.bundle.article.blocks.map(blockText).join('')
    expect(text).toContain('以来，全市')
    expect(text).toContain('100%')
    const changes = doc.bundle.review?.changes ?? []
    expect(doc.report?.warnings.join('')).toContain(`自动规范 ${changes.length} 处`)
    expect(changes.map((c) => c.rule).sort()).toEqual(['punct-width', 'punct-width', 'space-percent'])
  })

  it('keep the changes made on opening in the document, where save and autosave carry them, and refuse malformed ones', async () => {
    const h = handlers({ settings: { normalizeOnImport: true } })
    const doc = await openChosen(h, draft(h.dir))
    expect(doc.bundle.review?.changes.length).toBe(3)
    const saved = join(h.dir, 'saved.banxin')
    h.dialogs.save.push(saved)
    await h.table.save(doc.bundle, undefined, 'saved.banxin')
    const reopened = await openChosen(h, saved)
    expect(reopened.bundle.review?.changes).toEqual(doc.bundle.review?.changes)
    await h.table.autosave('doc-1', doc.bundle, { displayName: 'x.banxin' })
    const recovered = value<OpenedDocument>(await h.table.recover('doc-1'))
    expect(recovered.bundle.review?.changes).toEqual(doc.bundle.review?.changes)
    const bad = { ...doc.bundle.review!.changes[0], rule: 'rewrite-everything' }
    expect(refusal(await h.table.save({ ...doc.bundle, review: { ...doc.bundle.review!, changes: [bad] } }, saved, 'saved.banxin'))).not.toBe('ok')
  })
})

describe('export requests take presets, templates and profiles from one catalogue', () => {
  it('a user item with a built-in id wins for templates and profiles as it does for presets', () => {
    const band = BUILTIN_TEMPLATES.find((t) => t.id === 'band')!
    const myBand = { ...band, name: '蓝色块', decoration: { kind: 'band' as const, color: '#1d5aa6' } }
    const profile = { ...BUILTIN_PROFILES[0]!, siteName: '本市门户' }
    const settings = { ...DEFAULT_SETTINGS, templates: [myBand], portalProfiles: [profile] }
    const bundle = { article: article({ title: '标题' }, [paragraph('正文。')]), assetData: {} }
    const order = exportOrderArg.parse({ kind: 'package', profileId: profile.id, folder: false, target: '/tmp/a.zip' })
    const request = requestFor(order, bundle, settings)
    if (request.kind !== 'package') throw new Error('expected a package request')
    expect(findTemplate(request.options!.templates!, 'band')).toEqual(myBand)
    expect(request.options!.profile!.siteName).toBe('本市门户')
  })
})

describe('recent files and pictures', () => {
  it('list imported drafts as well as .banxin files, most recent first', async () => {
    const h = handlers()
    const txt = draft(h.dir)
    await openChosen(h, txt)
    const banxin = join(h.dir, 'saved.banxin')
    writeFileSync(banxin, writeBanxin({ article: article({ title: '标题' }, [paragraph('正文。')]), assetData: {} }))
    await openChosen(h, banxin)
    expect(value<string[]>(await h.table.recentFiles())).toEqual([banxin, txt])
    expect(value<OpenedDocument>(await h.table.openPath(txt)).path, 'an imported draft still opens as a new document').toBeUndefined()
  })

  it('read the pictures chosen to insert, and refuse what is not a picture', async () => {
    const h = handlers()
    const png = join(h.dir, '现场.png')
    writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'))
    h.dialogs.images.push([png])
    const [picked] = value<{ name: string; mime: string; bytes: Uint8Array }[]>(await h.table.chooseImages())
    expect(picked).toMatchObject({ name: '现场.png', mime: 'image/png' })
    expect(picked!.bytes.length).toBe(readFileSync(png).length)
    h.dialogs.images.push([draft(h.dir)])
    const refused = await h.table.chooseImages()
    expect(!refused.ok && refused.error.message).toBe('「draft.txt」不是 PNG、JPEG、GIF 或 WebP 图片，无法插入。')
    expect(value(await h.table.chooseImages()), 'cancelled').toBeNull()
  })

  it('refuse a right-click menu or clipboard command the page could not have built', async () => {
    const h = handlers()
    expect(value(await h.table.showContextMenu([{ id: 'copy', label: '复制' }, { type: 'separator' }]))).toBeNull()
    for (const menu of [
      [{ id: 'copy', label: '复制', role: 'quit' }],
      [{ id: '', label: '复制' }],
      [{ label: '段落样式', submenu: [{ label: '嵌套', submenu: [] }] }],
      Array.from({ length: 41 }, (_, i) => ({ id: `x${i}`, label: '项' })),
    ])
      expect(refusal(await h.table.showContextMenu(menu as never)), JSON.stringify(menu).slice(0, 60)).toBe('ipc.bad-arguments')
    expect(refusal(await h.table.editCommand('selectAll' as never))).toBe('ipc.bad-arguments')
  })
})

describe('least authority: main acts only on paths the user handed it', () => {
  const bundle = { article: article({ title: '标题' }, [paragraph('正文。')]), assetData: {} }

  it('refuse to open a path the page names on its own', async () => {
    const h = handlers()
    expect(refusal(await h.table.openPath(draft(h.dir)))).toBe('path.not-granted')
    expect(refusal(await h.table.openPath('/etc/passwd'))).toBe('path.not-granted')
  })

  it('open files named on the command line, by the OS, or in the recent list', async () => {
    const h = handlers({ startupFiles: [draft(mkdtempSync(join(tmpdir(), 'banxin-argv-')))] })
    const [startup] = value<string[]>(await h.table.startupFiles())
    expect(value<OpenedDocument>(await h.table.openPath(startup!)).displayName).toBe('draft.banxin')

    const fromOs = join(h.dir, 'from-os.txt')
    writeFileSync(fromOs, '系统交给版心的文件\n')
    h.app.openFromSystem(fromOs)
    expect(h.dialogs.sent).toEqual([{ name: 'openFile', payload: fromOs }])
    expect(refusal(await h.table.openPath(fromOs))).toBe('ok')

    const saved = join(h.dir, 'saved.banxin')
    writeFileSync(saved, writeBanxin(bundle))
    // A new window (a new session) knows the file from main's own recent list.
    const next = handlers()
    writeFileSync(join(next.dir, 'recent.json'), JSON.stringify([saved]))
    expect(refusal(await next.table.openPath(saved))).toBe('ok')
  })

  it('save only where the user chose or to the .banxin file they opened', async () => {
    const h = handlers()
    const elsewhere = join(h.dir, 'elsewhere.banxin')
    expect(refusal(await h.table.save(bundle, elsewhere, 'a.banxin'))).toBe('path.not-granted')

    const chosen = join(h.dir, 'chosen.banxin')
    h.dialogs.save.push(chosen)
    expect(value<{ path: string }>(await h.table.save(bundle, undefined, 'a.banxin')).path).toBe(chosen)
    expect(refusal(await h.table.save(bundle, chosen, 'a.banxin'))).toBe('ok')

    const imported = draft(h.dir)
    await openChosen(h, imported)
    expect(refusal(await h.table.save(bundle, imported, 'a.banxin')), 'opening a draft does not allow overwriting it').toBe('path.not-granted')
  })

  it('export only to the target chosen in the export dialog', async () => {
    const h = handlers()
    const order = { kind: 'text', target: join(h.dir, 'out.txt') }
    expect(refusal(await h.table.exportDocument('job-1', bundle, order))).toBe('path.not-granted')
  })

  it('show in its folder only a file the user handed over', async () => {
    const h = handlers()
    expect(refusal(await h.table.showInFolder('/etc/shadow'))).toBe('path.not-granted')
    h.dialogs.export.push(join(h.dir, 'out.pdf'))
    const target = value<string>(await h.table.chooseExportTarget('pdf', 'out.pdf'))
    expect(refusal(await h.table.showInFolder(target))).toBe('ok')
    expect(h.dialogs.shown).toEqual([target])
  })

  it('keep an autosaved copy from carrying a path the page made up into a later save', async () => {
    const h = handlers()
    const info = { displayName: 'x.banxin', path: join(h.dir, 'not-chosen.banxin') }
    expect(refusal(await h.table.autosave('doc-1', bundle, info))).toBe('path.not-granted')

    const chosen = join(h.dir, 'chosen.banxin')
    h.dialogs.save.push(chosen)
    await h.table.save(bundle, undefined, 'chosen.banxin')
    expect(refusal(await h.table.autosave('doc-2', bundle, { displayName: 'chosen.banxin', path: chosen }))).toBe('ok')
    // After a crash, a new session recovers the copy and may save back to its file.
    const next = handlers()
    cpSync(join(h.dir, 'autosave'), join(next.dir, 'autosave'), { recursive: true })
    expect(value<OpenedDocument>(await next.table.recover('doc-2')).path).toBe(chosen)
    expect(refusal(await next.table.save(bundle, chosen, 'chosen.banxin'))).toBe('ok')
  })

  it('preview and keep only fonts installed on this computer', async () => {
    const h = handlers()
    expect(refusal(await h.table.fontSpecimen('song', '/etc/passwd', ''))).toBe('path.not-granted')
    const settings = { ...DEFAULT_SETTINGS, fonts: { song: '/home/someone/.ssh/id_rsa' } }
    expect(refusal(await h.table.saveSettings(settings))).toBe('path.not-granted')
  })
})

describe('page files (版面) through the same document services', () => {
  const page = (): PageBundle => {
    const empty = { page: newPageDocument({ preset: 'sikai', paper: { name: '河川日报' }, date: '2025-05-01', number: 1, name: '要闻' }), assetData: {} }
    return addArticles(empty, [{ article: article({ title: '头条' }, [paragraph('正文。')]), assetData: {} }]).bundle
  }

  it('open as a page, save atomically, autosave and recover as a page, and join the recent list', async () => {
    const h = handlers()
    const path = join(h.dir, '一版.banxin')
    writeFileSync(path, writePageFile(page()))
    h.dialogs.open.push(path)
    const opened = value<OpenedPage>(await h.table.openDialog())
    expect(opened).toEqual({ page: page(), path, displayName: '一版.banxin' })
    expect(value<string[]>(await h.table.recentFiles())).toEqual([path])

    const edited = { ...opened.page, page: { ...opened.page.page, date: '2025-05-02' } }
    expect(refusal(await h.table.save(edited, path, '一版.banxin'))).toBe('ok')
    h.dialogs.open.push(path)
    expect(value<OpenedPage>(await h.table.openDialog()).page.page.date).toBe('2025-05-02')

    expect(refusal(await h.table.autosave('page-1', edited, { displayName: '一版.banxin', path }))).toBe('ok')
    const next = handlers()
    cpSync(join(h.dir, 'autosave'), join(next.dir, 'autosave'), { recursive: true })
    expect(value<{ title: string }[]>(await next.table.listRecovery()).map((e) => e.title)).toEqual(['河川日报 第 1 版 要闻'])
    expect(value<OpenedPage>(await next.table.recover('page-1'))).toEqual({ page: edited, path, displayName: '一版.banxin' })
  })

  it("export a page's PDF only to the target chosen in the export dialog", async () => {
    const h = handlers()
    expect(refusal(await h.table.exportPage('job-1', page(), join(h.dir, 'page.pdf')))).toBe('path.not-granted')
  })

  it('refuse a page whose frame shows an article the file does not hold', async () => {
    const h = handlers()
    const broken = page()
    broken.page.pages[0]!.frames.push({ id: 'f1', article: 'gone', column: 0, columns: 2, row: 0, rows: 10, headline: { direction: 'across', columns: 2, weight: 1, side: 'right' } })
    h.dialogs.save.push(join(h.dir, 'x.banxin'))
    expect(refusal(await h.table.save(broken, undefined, 'x.banxin'))).toBe('ipc.bad-arguments')
  })

  it('add articles from several files, importing drafts on the way, and refuse a page file among them', async () => {
    const h = handlers({ settings: { normalizeOnImport: true } })
    const saved = join(h.dir, 'a.banxin')
    writeFileSync(saved, writeBanxin({ article: article({ title: '稿件甲' }, [paragraph('甲。')]), assetData: {} }))
    h.dialogs.articles.push([saved, draft(h.dir)])
    const articles = value<OpenedDocument[]>(await h.table.openArticles())
    expect(articles.map((a) => a.bundle.article.meta.title)).toEqual(['稿件甲', '河川市民生实事'])
    expect(articles[1]!.bundle.article.blocks.map(blockText).join('')).toContain('以来，全市')

    const pageFile = join(h.dir, 'p.banxin')
    writeFileSync(pageFile, writePageFile(page()))
    h.dialogs.articles.push([pageFile])
    const refused = await h.table.openArticles()
    expect(refused.ok ? '' : refused.error.message).toContain('是版面文件，不能作为稿件放上版面')
    expect(value<OpenedDocument[]>(await h.table.openArticles())).toEqual([])
  })
})
