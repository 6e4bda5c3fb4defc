import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import type { ExportOrder, ExportProgressEvent, InvokeName, IpcResult, OpenedDocument } from '../../core/ipc/contract'
import { UserError, userMessage } from '../../core/errors'
import { validateArticle } from '../../core/model/schema'
import { openBytes, openDocument, type ImportBytes, type ImportFile } from '../documents/open-document'
import { saveDocument } from '../documents/save-document'
import { AutosaveStore } from '../documents/autosave-store'
import { RecentFiles } from '../documents/recent-files'
import { SettingsStore } from '../settings/settings-store'
import { normalizeArticle } from '../../core/normalize'
import { ExportJobs, exportOrderSchema, presetFor, requestFor } from './export-handlers'
import { PrintPreviewClient } from '../export/preview/preview-client'
import { BUILTIN_TEMPLATES } from '../../core/styles/builtin-templates'
import { FONT_ROLES } from '../../core/styles/fonts'
import { fontSpecimen, installedFonts, type InstalledFont } from './font-service'
import { bundleSchema, bytesSchema, docIdSchema, docInfoSchema, nameSchema, pathSchema } from './ipc-validate'

/** What the Electron shell (or the e2e harness) supplies: native dialogs and where things live. */
export interface AppEnvironment {
  userDataDir: string
  resourcesDir: string
  chooseOpenPath(): Promise<string | null>
  chooseSavePath(suggestedName: string): Promise<string | null>
  setDirty(dirty: boolean): void
  /** Files named when the app was started; handed out once. */
  startupFiles: string[]
  chooseExportPath(kind: 'pdf' | 'package' | 'text' | 'folder', suggestedName: string): Promise<string | null>
  showInFolder(path: string): void
  sendExportProgress(event: ExportProgressEvent): void
  /** The built worker scripts (out/main/export-worker.js, out/main/preview-worker.js). */
  exportWorkerPath: string
  previewWorkerPath: string
  importFile: ImportFile
  importBytes: ImportBytes
}

type Handler = (...args: unknown[]) => Promise<unknown>

function args<T extends z.ZodTypeAny[]>(schemas: [...T], values: unknown[]): { [K in keyof T]: z.infer<T[K]> } {
  const tuple = z.tuple(schemas as unknown as [z.ZodTypeAny, ...z.ZodTypeAny[]])
  const parsed = tuple.safeParse(values.slice(0, schemas.length))
  if (!parsed.success) throw new UserError('ipc.bad-arguments', '程序内部传递的数据无效，操作已取消。')
  return parsed.data as { [K in keyof T]: z.infer<T[K]> }
}

/**
 * Every IPC operation, validated and wrapped so errors travel as data. The same table backs
 * Electron's ipcMain and the Chromium e2e harness, so tests drive the real services.
 */
export function createHandlers(env: AppEnvironment): Record<InvokeName, (...args: unknown[]) => Promise<IpcResult<unknown>>> {
  const autosave = new AutosaveStore(join(env.userDataDir, 'autosave'))
  const recent = new RecentFiles(join(env.userDataDir, 'recent.json'))
  const settings = new SettingsStore(join(env.userDataDir, 'settings.json'))
  const jobs = new ExportJobs(env.exportWorkerPath, env.sendExportProgress)
  const preview = new PrintPreviewClient(env.previewWorkerPath)
  let fontList: InstalledFont[] | undefined

  /** Recent files for .banxin documents; imported drafts get their punctuation normalised when the user chose so. */
  const opened = async (doc: OpenedDocument) => {
    if (doc.path) await recent.add(doc.path)
    if (!doc.report || doc.report.format === 'banxin' || !(await settings.load()).settings.normalizeOnImport) return doc
    const { article, changes } = normalizeArticle(doc.bundle.article)
    if (!changes.length) return doc
    const note = `已按设置自动规范 ${changes.length} 处标点与空格。`
    return { ...doc, bundle: { ...doc.bundle, article }, report: { ...doc.report, warnings: [...doc.report.warnings, note] }, changes }
  }

  const table: Record<InvokeName, Handler> = {
    openDialog: async () => {
      const path = await env.chooseOpenPath()
      return path ? opened(await openDocument(path, env.importFile)) : null
    },
    openPath: async (...a) => {
      const [path] = args([pathSchema], a)
      return opened(await openDocument(path, env.importFile))
    },
    openBytes: async (...a) => {
      const [name, bytes] = args([nameSchema, bytesSchema], a)
      return opened(await openBytes(name, bytes, env.importBytes))
    },
    openExample: async () => {
      const raw: unknown = JSON.parse(await readFile(join(env.resourcesDir, 'examples', 'example.json'), 'utf8'))
      const checked = validateArticle(raw)
      if (!checked.ok) throw new UserError('example.invalid', '内置示例文章已损坏。', checked.errors)
      return { bundle: { article: checked.value, assetData: {} }, displayName: '示例文章.banxin' }
    },
    startupFiles: async () => env.startupFiles.splice(0),
    save: async (...a) => {
      const [bundle, given, suggested] = args([bundleSchema, pathSchema.optional(), nameSchema], a)
      const path = given ?? (await env.chooseSavePath(suggested))
      if (!path) return null
      await saveDocument(path, bundle)
      await recent.add(path)
      return { path, displayName: path.split(/[\\/]/).pop() ?? path }
    },
    recentFiles: async () => recent.list(),
    autosave: async (...a) => {
      const [id, bundle, info] = args([docIdSchema, bundleSchema, docInfoSchema], a)
      await autosave.write(id, bundle, info)
    },
    clearAutosave: async (...a) => {
      const [id] = args([docIdSchema], a)
      await autosave.clear(id)
    },
    listRecovery: async () => autosave.list(),
    recover: async (...a) => {
      const [id] = args([docIdSchema], a)
      const { bundle, info } = await autosave.read(id)
      return { bundle, displayName: info.displayName, ...(info.path ? { path: info.path } : {}) }
    },
    discardRecovery: async (...a) => {
      const [id] = args([docIdSchema], a)
      await autosave.clear(id)
    },
    typesetPreview: async (...a) => {
      const [bundle, presetId] = args([bundleSchema, z.string().min(1).max(64)], a)
      const { settings: current } = await settings.load()
      return preview.render(bundle, {
        preset: presetFor(presetId, current),
        templates: [...BUILTIN_TEMPLATES, ...current.templates],
        fonts: current.fonts,
      })
    },
    listFonts: async () => (fontList ??= installedFonts()),
    fontSpecimen: async (...a) => {
      const [role, spec, text] = args([z.enum(FONT_ROLES), pathSchema.optional(), z.string().max(2_000_000)], a)
      return fontSpecimen(role, spec, text)
    },
    chooseExportTarget: async (...a) => {
      const [kind, name] = args([z.enum(['pdf', 'package', 'text', 'folder']), nameSchema], a)
      return env.chooseExportPath(kind, name)
    },
    exportDocument: async (...a) => {
      const [jobId, bundle, order] = args([docIdSchema, bundleSchema, exportOrderSchema], a)
      return jobs.run(jobId, requestFor(order as ExportOrder, bundle, (await settings.load()).settings))
    },
    cancelExport: async (...a) => {
      const [jobId] = args([docIdSchema], a)
      jobs.cancel(jobId)
    },
    showInFolder: async (...a) => {
      const [path] = args([pathSchema], a)
      env.showInFolder(path)
    },
    getSettings: async () => settings.load(),
    saveSettings: async (...a) => settings.save(a[0]),
    setDirty: async (...a) => {
      const [dirty] = args([z.boolean()], a)
      env.setDirty(dirty)
    },
  }

  return Object.fromEntries(
    Object.entries(table).map(([name, handler]) => [
      name,
      async (...a: unknown[]): Promise<IpcResult<unknown>> => {
        try {
          return { ok: true, value: await handler(...a) }
        } catch (error) {
          const code = error instanceof UserError ? error.code : 'internal'
          return { ok: false, error: { code, message: userMessage(error) } }
        }
      },
    ]),
  ) as Record<InvokeName, (...args: unknown[]) => Promise<IpcResult<unknown>>>
}
