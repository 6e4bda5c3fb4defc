/**
 * The contract between renderer and main (design §7): one entry per channel with the zod schema of its
 * arguments and the type of its answer. `BanxinApi` (the preload's side) and `InvokeHandlers` (main's
 * side) are derived from it, so the two cannot drift apart. No Electron here: the preload, main, the
 * node services and the e2e harness all import it.
 */
import * as z from 'zod'
import type { ArticleBundle, AssetInfo } from '../model/article'
import type { PageBundle } from '../page/page'
import type { ImportedPage, ImportReport } from '../import/types'
import type { Settings } from '../settings/schema'
import { settingsSchema } from '../settings/schema'
import type { PreflightItem } from '../typeset/preflight'
import type { FrameReport } from '../makeup/page-makeup'
import type { PageDraft } from '../makeup/draft-page'
import {
  bundleArg,
  bytesArg,
  contentArg,
  contextMenuArg,
  editCommandArg,
  pageBundleArg,
  docIdArg,
  docInfoArg,
  exportOrderArg,
  exportTargetKindArg,
  fontRoleArg,
  idArg,
  nameArg,
  pathArg,
  type ContextMenu,
  type ContextMenuItem,
  type EditCommand,
  type ExportOrder,
} from './schemas'

export type { ContextMenu, ContextMenuItem, EditCommand, ExportOrder }

/** The answer to 「是否保存对……的修改？」. */
export type SaveChoice = 'save' | 'discard' | 'cancel'

/** An image the user chose in the insert-picture dialog: main read it and checked it is an image. */
export interface PickedImage {
  name: string
  mime: AssetInfo['mime']
  bytes: Uint8Array
}

export interface OpenedDocument {
  bundle: ArticleBundle
  /** Where Save writes without asking: set for .banxin files, absent for imported drafts and examples. */
  path?: string
  /** A name for the window title and Save As: the file name or the imported draft's name. */
  displayName: string
  /** Present when the file was imported from another format (what it dropped and guessed is also in `bundle.review`). */
  report?: ImportReport
  /** Present when the imported draft is a page of several articles: each on its own, for the user to choose how to open. */
  split?: ImportedPage
}

/** A page file (版面), opened in its own tab for layout. */
export interface OpenedPage {
  page: PageBundle
  path?: string
  displayName: string
}

/** What an open dialog, a drop, a recent file or recovery gives: an article or a page file. */
export type Opened = OpenedDocument | OpenedPage

export interface SavedDocument {
  path: string
  displayName: string
}

export interface RecoveryEntry {
  id: string
  displayName: string
  path?: string
  savedAt: string
  title: string
}

export interface ExportProgressEvent {
  jobId: string
  fraction: number
  message: string
}

export interface ExportResult {
  path: string
  files?: string[]
  /** html-validate and publishing checks for packages. */
  validation?: { errors: number; warnings: number; messages: string[] }
  warnings: string[]
  /** PDF: which font printed each face. */
  fonts?: string[]
}

/** The typeset pages for the print preview, drawn as SVG from the same Layout the PDF writer uses. */
export interface PrintPreviewResult {
  size: { width: number; height: number }
  pages: string[]
  /** The page (0-based) each top-level block starts on. */
  blockPages: number[]
  warnings: string[]
  /** What a print shop's preflight would flag in the PDF of these pages. */
  preflight: PreflightItem[]
}

/** A page file's pages for the 版面 view, drawn as SVG from the Layout its PDF is drawn from. */
export interface PagePreviewResult {
  size: { width: number; height: number }
  /** One SVG document per 版 of the page file. */
  pages: string[]
  /** Per frame: its rectangle, overset, empty rows and problems (core/makeup). */
  frames: FrameReport[]
  warnings: string[]
  /** What a print shop's preflight would flag in the PDF of these pages. */
  preflight: PreflightItem[]
}

export interface InstalledFontInfo {
  spec: string
  name: string
}

export interface FontSpecimenResult {
  svg: string
  label: string
  missing: string[]
}

export type MenuCommand =
  | 'new'
  | 'new-page'
  | 'open'
  | 'import'
  | 'save'
  | 'save-as'
  | 'export-pdf'
  | 'export-package'
  | 'export-text'
  | 'print'
  | 'find'
  | 'replace'
  | 'toggle-outline'
  | 'toggle-preview'
  | 'settings'
  | 'about'


/** The type a channel answers with; it travels from main, which the renderer trusts. */
interface Answer<T> {
  readonly answer?: T
}
const answers = <T>(): Answer<T> => ({})

const channel = <A extends z.ZodTuple, T>(args: A, answer: Answer<T>) => ({ args, answer })

/** Every invoke-style channel: its arguments (validated in main before any handler runs) and answer. */
export const INVOKE = {
  /** Shows the open dialog; null when the user cancels. */
  openDialog: channel(z.tuple([]), answers<Opened | null>()),
  /** A path main handed out before (start-up files, recent files, a file the OS asked to open). */
  openPath: channel(z.tuple([pathArg]), answers<Opened>()),
  /** A dropped file without a path (a browser sandbox, a file from another app): its bytes. */
  openBytes: channel(z.tuple([nameArg, bytesArg]), answers<Opened>()),
  /** A dropped file's path, read by the preload from a trusted drop event; not exposed to the page. */
  openDropped: channel(z.tuple([pathArg]), answers<Opened>()),
  /**
   * Articles to place on a page: an open dialog for several .banxin files or drafts (imported on the
   * way); a page file among them is refused. Empty when the user cancels.
   */
  openArticles: channel(z.tuple([]), answers<OpenedDocument[]>()),
  openExample: channel(z.tuple([]), answers<OpenedDocument>()),
  /** Files given on the command line or through a file association before the window was ready. */
  startupFiles: channel(z.tuple([]), answers<string[]>()),
  /** Saves an article or a page file to `path`, or asks where when `path` is absent; null when the user cancels. */
  save: channel(z.tuple([contentArg, pathArg.optional(), nameArg]), answers<SavedDocument | null>()),
  recentFiles: channel(z.tuple([]), answers<string[]>()),
  autosave: channel(z.tuple([docIdArg, contentArg, docInfoArg]), answers<void>()),
  clearAutosave: channel(z.tuple([docIdArg]), answers<void>()),
  listRecovery: channel(z.tuple([]), answers<RecoveryEntry[]>()),
  recover: channel(z.tuple([docIdArg]), answers<Opened>()),
  discardRecovery: channel(z.tuple([docIdArg]), answers<void>()),
  /** Tells main whether closing the window would lose edits, so it can ask first. */
  setDirty: channel(z.tuple([z.boolean()]), answers<void>()),
  /** Asks 保存 / 不保存 / 取消 about a document with unsaved changes (a native message box in Electron). */
  askToSave: channel(z.tuple([nameArg]), answers<SaveChoice>()),
  /** Every unsaved document has been dealt with after closeRequested: main closes the window (and quits). */
  closeWindow: channel(z.tuple([]), answers<void>()),
  /** The insert-picture dialog: the chosen images' bytes; null when the user cancels. */
  chooseImages: channel(z.tuple([]), answers<PickedImage[] | null>()),
  /** Shows a right-click menu (native in Electron) and answers the id chosen, or null when dismissed. */
  showContextMenu: channel(z.tuple([contextMenuArg]), answers<string | null>()),
  /** Runs 剪切 / 复制 / 粘贴 / 粘贴为纯文本 on the page, as the native Edit menu does. */
  editCommand: channel(z.tuple([editCommandArg]), answers<void>()),
  /** Typesets for the print preview; a newer call supersedes an older one, which then resolves null. */
  typesetPreview: channel(z.tuple([bundleArg, idArg]), answers<PrintPreviewResult | null>()),
  /** Composes a page file for the 版面 view with the page's own preset; a newer call supersedes an older one (null). */
  typesetPage: channel(z.tuple([pageBundleArg]), answers<PagePreviewResult | null>()),
  /** 自动排版: one 版 of a page file drafted again from its stories and the file's unplaced ones; null when overtaken. */
  draftPage: channel(z.tuple([pageBundleArg, z.number().int().min(0).max(999)]), answers<PageDraft | null>()),
  /** Fonts installed on this computer, for choosing a font per role. */
  listFonts: channel(z.tuple([]), answers<InstalledFontInfo[]>()),
  /** A sample of the font a role would print with (`spec` absent: the default), and what it cannot print. */
  fontSpecimen: channel(z.tuple([fontRoleArg, pathArg.optional(), z.string().max(2_000_000)]), answers<FontSpecimenResult>()),
  /** Asks where to export; null when the user cancels. */
  chooseExportTarget: channel(z.tuple([exportTargetKindArg, nameArg]), answers<string | null>()),
  /** Runs an export off the UI thread; resolves null when cancelled. Progress arrives as exportProgress events. */
  exportDocument: channel(z.tuple([docIdArg, bundleArg, exportOrderArg]), answers<ExportResult | null>()),
  /** A page file's PDF with its own page preset (one PDF page per 版), as exportDocument runs it. */
  exportPage: channel(z.tuple([docIdArg, pageBundleArg, pathArg]), answers<ExportResult | null>()),
  cancelExport: channel(z.tuple([docIdArg]), answers<void>()),
  showInFolder: channel(z.tuple([pathArg]), answers<void>()),
  /** The user's settings; `notice` says when a corrupt file was replaced by defaults. */
  getSettings: channel(z.tuple([]), answers<{ settings: Settings; notice?: string }>()),
  /** Validates and saves; rejects with field-level messages. */
  saveSettings: channel(z.tuple([settingsSchema]), answers<Settings>()),
}

export type InvokeName = keyof typeof INVOKE
export type InvokeArgs<K extends InvokeName> = z.output<(typeof INVOKE)[K]['args']>
export type InvokeAnswer<K extends InvokeName> = (typeof INVOKE)[K]['answer'] extends Answer<infer T> ? T : never

/** Main's side: one function per channel, called with arguments that already passed the schema. */
export type InvokeHandlers = { [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeAnswer<K>> }

export function channelName(name: InvokeName): string {
  return `banxin:${name}`
}

/** Channels only the preload calls, each behind a check the page cannot forge. */
export const PRELOAD_ONLY = ['openDropped'] as const satisfies readonly InvokeName[]
export type ExposedName = Exclude<InvokeName, (typeof PRELOAD_ONLY)[number]>

/** Events main sends to the renderer, with their payloads. */
export const EVENTS = {
  menu: answers<MenuCommand>(),
  /** The user closed the window (or quit) with unsaved documents: the page asks about each, then closeWindow. */
  closeRequested: answers<null>(),
  openFile: answers<string>(),
  exportProgress: answers<ExportProgressEvent>(),
}

export type EventName = keyof typeof EVENTS
export type EventPayload<K extends EventName> = (typeof EVENTS)[K] extends Answer<infer T> ? T : never

export function eventName(name: EventName): string {
  return `banxin:event:${name}`
}

type Listeners = { [K in EventName as `on${Capitalize<K>}`]: (listener: (payload: EventPayload<K>) => void) => () => void }

/** `window.banxin`: the exposed channels, event subscriptions, and files dropped on the window. */
export type BanxinApi = { [K in ExposedName]: (...args: InvokeArgs<K>) => Promise<InvokeAnswer<K>> } & Listeners & {
  /** Opens a dropped file: by its path when the preload saw the user drop it, otherwise from its bytes. */
  openDroppedFile(file: File): Promise<Opened>
}

/** What every handler returns over IPC: errors travel as data so their Chinese message survives. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
