import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import type { ContextMenu, EditCommand, EventName, EventPayload, InvokeHandlers, InvokeName, Opened, OpenedDocument, SaveChoice } from '../../core/ipc/contract'
import { dispatcher, type RawHandler } from '../../core/ipc/dispatch'
import { UserError } from '../../core/errors'
import { validateArticle } from '../../core/model/schema'
import type { Settings } from '../../core/settings/schema'
import type { DocumentOpener, DocumentSource } from '../documents/open-request'
import { saveContent } from '../documents/save-document'
import { AutosaveStore } from '../documents/autosave-store'
import { RecentFiles } from '../documents/recent-files'
import { SettingsStore } from '../settings/settings-store'
import { ExportJobs, requestFor } from './export-handlers'
import { presetOf, templatesOf } from '../../core/settings/catalogue'
import { PrintPreviewClient } from '../export/preview/preview-client'
import { fontSpecimen, installedFonts, type InstalledFont } from './font-service'
import { PathGrants } from './path-grants'
import { readPickedImage } from '../documents/read-picked-image'
import { removeStaleTemps } from '../fs/temp-files'

/** What the Electron shell (or the e2e harness) supplies: native dialogs and where things live. */
export interface AppEnvironment {
  userDataDir: string
  resourcesDir: string
  chooseOpenPath(): Promise<string | null>
  /** Several articles or drafts to place on a page; empty when cancelled. */
  chooseArticlePaths(): Promise<string[]>
  chooseSavePath(suggestedName: string): Promise<string | null>
  setDirty(dirty: boolean): void
  /** Files named when the app was started; handed out once. */
  startupFiles: string[]
  chooseExportPath(kind: 'pdf' | 'package' | 'text' | 'folder', suggestedName: string): Promise<string | null>
  showInFolder(path: string): void
  send<K extends EventName>(name: K, payload: EventPayload<K>): void
  /** The built worker scripts (out/main/export-worker.js, out/main/preview-worker.js). */
  exportWorkerPath: string
  previewWorkerPath: string
  /** Opens and imports documents off main's event loop (a worker thread in the app). */
  open: DocumentOpener
  /** 保存 / 不保存 / 取消 about one document with unsaved changes. */
  askToSave(displayName: string): Promise<SaveChoice>
  /** Closes the window now: the page has dealt with every unsaved document. */
  closeWindow(): void
  /** The insert-picture dialog: the paths chosen, null when cancelled. */
  chooseImagePaths(): Promise<string[] | null>
  /** Shows a right-click menu and answers the id of the item chosen, null when dismissed. */
  showContextMenu(menu: ContextMenu): Promise<string | null>
  /** Cut, copy, paste or paste-as-text on the page, as the Edit menu's roles do. */
  editCommand(command: EditCommand): void | Promise<void>
}

export interface AppHandlers {
  /** Every channel, arguments validated, errors as data: what ipcMain (or the harness) calls. */
  invoke: Record<InvokeName, RawHandler>
  /** A file the OS asked to open while the window runs (second instance, macOS open-file). */
  openFromSystem(path: string): void
}

/** Font files the user may name: installed ones (main's own scan) and those already in settings. */
function knownFont(spec: string, installed: readonly InstalledFont[], settings: Settings): boolean {
  return installed.some((f) => f.spec === spec) || Object.values(settings.fonts).includes(spec)
}

/**
 * Every IPC operation of one window. The same table backs Electron's ipcMain and the Chromium e2e
 * harness, so tests drive the real services.
 */
export function createHandlers(env: AppEnvironment): AppHandlers {
  const autosave = new AutosaveStore(join(env.userDataDir, 'autosave'))
  const recent = new RecentFiles(join(env.userDataDir, 'recent.json'))
  const settings = new SettingsStore(join(env.userDataDir, 'settings.json'))
  const jobs = new ExportJobs(env.exportWorkerPath, (event) => env.send('exportProgress', event))
  const preview = new PrintPreviewClient(env.previewWorkerPath)
  const grants = new PathGrants()
  // Start-up: temp files of writes a crash interrupted in the app's own folders (the store's queue makes
  // the recovery listing wait for its part). Documents' folders are tidied when each is opened or saved.
  void autosave.tidy()
  void removeStaleTemps(env.userDataDir, { olderThanMs: 0 })
  let fontList: InstalledFont[] | undefined
  const fonts = () => (fontList ??= installedFonts())

  // The recent list is a convenience: a data folder that cannot be written (which autosave and settings
  // report) must not stop a file from opening or saving.
  const remember = (path: string) => recent.add(path).catch(() => undefined)

  /**
   * Opens in the worker. Files opened from disk go on the recent list, imported drafts too; a .banxin
   * (article or page file) opened for editing may be saved back. Imported drafts get their punctuation
   * normalised in the worker when the user chose so.
   */
  const open = async (source: DocumentSource): Promise<Opened> => {
    const normalize = (await settings.load()).settings.normalizeOnImport
    const doc = await env.open({ ...source, normalize })
    if (doc.path) grants.allow(doc.path, 'write')
    const from = doc.path ?? (source.kind === 'path' ? source.path : undefined)
    if (from) await remember(from)
    return doc
  }

  const table: InvokeHandlers = {
    openDialog: async () => {
      const path = await env.chooseOpenPath()
      if (!path) return null
      grants.allow(path, 'open')
      return open({ kind: 'path', path })
    },
    openPath: async (path) => {
      grants.check(path, 'open', await recent.list())
      return open({ kind: 'path', path })
    },
    openBytes: async (name, bytes) => open({ kind: 'bytes', name, bytes }),
    openArticles: async () => {
      const paths = await env.chooseArticlePaths()
      const normalize = (await settings.load()).settings.normalizeOnImport
      const articles: OpenedDocument[] = []
      for (const path of paths) {
        grants.allow(path, 'open')
        const doc = await env.open({ kind: 'path', path, normalize })
        if ('page' in doc) throw new UserError('page.nested', `「${doc.displayName}」是版面文件，不能作为稿件放上版面。`)
        articles.push(doc)
      }
      return articles
    },
    openDropped: async (path) => {
      grants.allow(path, 'open')
      return open({ kind: 'path', path })
    },
    openExample: async () => {
      const raw: unknown = JSON.parse(await readFile(join(env.resourcesDir, 'examples', 'example.json'), 'utf8'))
      const checked = validateArticle(raw)
      if (!checked.ok) throw new UserError('example.invalid', '内置示例文章已损坏。', checked.errors)
      return { bundle: { article: checked.value, assetData: {} }, displayName: '示例文章.banxin' }
    },
    startupFiles: async () => {
      const files = env.startupFiles.splice(0)
      for (const path of files) grants.allow(path, 'open')
      return files
    },
    save: async (content, given, suggested) => {
      if (given) grants.check(given, 'write')
      const path = given ?? (await env.chooseSavePath(suggested))
      if (!path) return null
      grants.allow(path, 'write')
      await saveContent(path, content)
      await remember(path)
      return { path, displayName: path.split(/[\\/]/).pop() ?? path }
    },
    recentFiles: async () => recent.list(),
    autosave: async (id, content, info) => {
      if (info.path) grants.check(info.path, 'write')
      await autosave.write(id, content, info)
    },
    clearAutosave: async (id) => autosave.clear(id),
    listRecovery: async () => autosave.list(),
    recover: async (id) => {
      const { data, info } = await autosave.find(id)
      const copy = await env.open({ kind: 'path', path: data, normalize: false })
      // The path was checked when the copy was written; the copy lives in the app's own folder.
      if (info.path) grants.allow(info.path, 'write')
      const where = { displayName: info.displayName, ...(info.path ? { path: info.path } : {}) }
      return 'page' in copy ? { page: copy.page, ...where } : { bundle: copy.bundle, ...where }
    },
    discardRecovery: async (id) => autosave.clear(id),
    typesetPreview: async (bundle, presetId) => {
      const { settings: current } = await settings.load()
      return preview.render(bundle, {
        preset: presetOf(current, presetId),
        templates: templatesOf(current),
        fonts: current.fonts,
      })
    },
    typesetPage: async (bundle) => {
      const { settings: current } = await settings.load()
      return preview.renderPage(bundle, { templates: templatesOf(current), fonts: current.fonts })
    },
    draftPage: async (bundle, index) => {
      const { settings: current } = await settings.load()
      return preview.draftPage(bundle, index, { templates: templatesOf(current), fonts: current.fonts })
    },
    listFonts: async () => fonts(),
    fontSpecimen: async (role, spec, text) => {
      if (spec && !knownFont(spec, fonts(), (await settings.load()).settings))
        throw new UserError('path.not-granted', '只能预览本机已安装的字体。')
      return fontSpecimen(role, spec, text)
    },
    chooseExportTarget: async (kind, name) => {
      const path = await env.chooseExportPath(kind, name)
      if (path) grants.allow(path, 'write')
      return path
    },
    exportDocument: async (jobId, bundle, order) => {
      grants.check(order.target, 'write')
      return jobs.run(jobId, requestFor(order, bundle, (await settings.load()).settings))
    },
    exportPage: async (jobId, bundle, target) => {
      grants.check(target, 'write')
      const { settings: current } = await settings.load()
      return jobs.run(jobId, { kind: 'page-pdf', bundle, target, options: { fonts: current.fonts, templates: templatesOf(current) } })
    },
    cancelExport: async (jobId) => jobs.cancel(jobId),
    showInFolder: async (path) => {
      grants.check(path, 'open', await recent.list())
      env.showInFolder(path)
    },
    getSettings: async () => settings.load(),
    saveSettings: async (next) => {
      const { settings: current } = await settings.load()
      const strange = Object.values(next.fonts).find((spec) => !knownFont(spec, fonts(), current))
      if (strange) throw new UserError('path.not-granted', `字体文件「${strange}」不是本机已安装的字体，未保存设置。`)
      return settings.save(next)
    },
    setDirty: async (dirty) => env.setDirty(dirty),
    askToSave: async (name) => env.askToSave(name),
    closeWindow: async () => env.closeWindow(),
    chooseImages: async () => {
      const paths = await env.chooseImagePaths()
      return paths && Promise.all(paths.map(readPickedImage))
    },
    showContextMenu: async (menu) => env.showContextMenu(menu),
    editCommand: async (command) => env.editCommand(command),
  }

  return {
    invoke: dispatcher(table),
    openFromSystem: (path) => {
      grants.allow(path, 'open')
      env.send('openFile', path)
    },
  }
}
