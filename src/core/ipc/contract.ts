/**
 * The typed contract between renderer and main: one function per operation (design §7). Shared by the
 * preload (which implements it over IPC), main (which handles the channels) and the e2e harness.
 * Types only plus channel names — no Electron here, so the renderer may import it.
 */
import type { ArticleBundle } from '../model/article'
import type { ImportReport } from '../import/types'
import type { Change } from '../normalize'
import type { Settings } from '../settings/schema'
import type { FontRole } from '../styles/fonts'

export interface OpenedDocument {
  bundle: ArticleBundle
  /** Where Save writes without asking: set for .banxin files, absent for imported drafts and examples. */
  path?: string
  /** A name for the window title and Save As: the file name or the imported draft's name. */
  displayName: string
  /** Present when the file was imported from another format. */
  report?: ImportReport
  /** Punctuation and spacing normalised on opening (an imported draft, when the setting is on). */
  changes?: Change[]
}

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

/** An export as the renderer asks for it; main resolves profile/preset/fonts from settings. */
export type ExportOrder =
  | { kind: 'pdf'; presetId: string; target: string; pages?: { from: number; to: number } }
  | { kind: 'package'; profileId: string; folder: boolean; target: string; changes?: Change[] }
  | { kind: 'text'; target: string }

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

export interface BanxinApi {
  /** Shows the open dialog; null when the user cancels. */
  openDialog(): Promise<OpenedDocument | null>
  openPath(path: string): Promise<OpenedDocument>
  /** Opens a dropped or pasted file from its bytes (no path in the browser sandbox). */
  openBytes(name: string, bytes: Uint8Array): Promise<OpenedDocument>
  openExample(): Promise<OpenedDocument>
  /** Files given on the command line or through a file association before the window was ready. */
  startupFiles(): Promise<string[]>
  /** Saves to `path`, or asks where when `path` is absent; null when the user cancels. */
  save(bundle: ArticleBundle, path: string | undefined, suggestedName: string): Promise<SavedDocument | null>
  recentFiles(): Promise<string[]>
  autosave(docId: string, bundle: ArticleBundle, info: { displayName: string; path?: string }): Promise<void>
  clearAutosave(docId: string): Promise<void>
  listRecovery(): Promise<RecoveryEntry[]>
  recover(id: string): Promise<OpenedDocument>
  discardRecovery(id: string): Promise<void>
  /** The user's settings; `notice` says when a corrupt file was replaced by defaults. */
  getSettings(): Promise<{ settings: Settings; notice?: string }>
  /** Validates and saves; rejects with field-level messages. */
  saveSettings(settings: Settings): Promise<Settings>
  /** Typesets for the print preview; a newer call supersedes an older one, which then resolves null. */
  typesetPreview(bundle: ArticleBundle, presetId: string): Promise<PrintPreviewResult | null>
  /** Fonts installed on this computer, for choosing a font per role. */
  listFonts(): Promise<InstalledFontInfo[]>
  /** A sample of the font a role would print with (`spec` absent: the default), and what it cannot print. */
  fontSpecimen(role: FontRole, spec: string | undefined, documentText: string): Promise<FontSpecimenResult>
  /** Asks where to export; null when the user cancels. */
  chooseExportTarget(kind: ExportOrder['kind'] | 'folder', suggestedName: string): Promise<string | null>
  /** Runs an export off the UI thread; resolves null when cancelled. Progress arrives through onExportProgress. */
  exportDocument(jobId: string, bundle: ArticleBundle, order: ExportOrder): Promise<ExportResult | null>
  cancelExport(jobId: string): Promise<void>
  onExportProgress(listener: (event: ExportProgressEvent) => void): () => void
  showInFolder(path: string): Promise<void>
  /** Tells main whether closing the window would lose edits, so it can ask first. */
  setDirty(dirty: boolean): Promise<void>
  /** The path of a dropped File where the platform exposes it ('' otherwise). */
  pathForFile(file: File): string
  onMenu(listener: (command: MenuCommand) => void): () => void
  onOpenFile(listener: (path: string) => void): () => void
}

/** IPC channels, one per invoke-style operation. */
export const CHANNELS = {
  openDialog: 'banxin:open-dialog',
  openPath: 'banxin:open-path',
  openBytes: 'banxin:open-bytes',
  openExample: 'banxin:open-example',
  startupFiles: 'banxin:startup-files',
  save: 'banxin:save',
  recentFiles: 'banxin:recent-files',
  autosave: 'banxin:autosave',
  clearAutosave: 'banxin:clear-autosave',
  listRecovery: 'banxin:list-recovery',
  recover: 'banxin:recover',
  discardRecovery: 'banxin:discard-recovery',
  setDirty: 'banxin:set-dirty',
  typesetPreview: 'banxin:typeset-preview',
  listFonts: 'banxin:list-fonts',
  fontSpecimen: 'banxin:font-specimen',
  chooseExportTarget: 'banxin:choose-export-target',
  exportDocument: 'banxin:export',
  cancelExport: 'banxin:cancel-export',
  showInFolder: 'banxin:show-in-folder',
  getSettings: 'banxin:get-settings',
  saveSettings: 'banxin:save-settings',
} as const satisfies Partial<Record<keyof BanxinApi, string>>

export type InvokeName = keyof typeof CHANNELS

/** Events main sends to the renderer. */
export const EVENTS = { menu: 'banxin:menu', openFile: 'banxin:open-file', exportProgress: 'banxin:export-progress' } as const

/** What every handler returns over IPC: errors travel as data so their Chinese message survives. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false, error: { code: string; message: string } }
