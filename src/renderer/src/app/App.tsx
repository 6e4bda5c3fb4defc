import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MenuCommand, OpenedDocument, RecoveryEntry } from '../../../preload/api'
import { emptyArticle } from '../../../core/model/build'
import { ArticleEditor } from '../editor/ArticleEditor'
import { fromOpened, suggestedFileName, withAsset, withBlocks, withMeta, type DocumentState } from './document-state'
import { isComposing } from './composition'
import { commandForKey } from './shortcuts'
import { useAssetUrls } from './useAssetUrls'
import { StatusBar } from './StatusBar'
import { Toasts, type Toast } from './Toasts'
import { RecoveryBanner } from './RecoveryBanner'
import { CommandBus } from './command-bus'
import { useSettings } from './useSettings'
import { Splitter } from './Splitter'
import { PreviewPane } from '../preview/PreviewPane'
import { PortalPreview } from '../preview/PortalPreview'
import { BUILTIN_PROFILES } from '../../../core/portal/builtin-profiles'
import { BUILTIN_TEMPLATES } from '../../../core/styles/builtin-templates'
import { AppBar } from './AppBar'
import { ExportDialog, type ExportKind } from '../export/ExportDialog'
import { SettingsDialog } from '../settings/SettingsDialog'

const api = window.banxin

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function App() {
  const [doc, setDoc] = useState<DocumentState | null>(null)
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([])
  const [toasts, setToasts] = useState<Toast[]>([])
  const [saving, setSaving] = useState(false)
  const [exporting, setExporting] = useState<ExportKind | null>(null)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const docRef = useRef(doc)
  docRef.current = doc
  const [commands] = useState(() => new CommandBus())

  const toast = useCallback((kind: Toast['kind'], text: string) => {
    const id = Date.now() + Math.random()
    setToasts((t) => [...t, { id, kind, text }])
    if (kind === 'info') setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), 4000)
  }, [])

  const showError = useCallback((text: string) => toast('error', text), [toast])
  const { settings, notice, save: saveSettings, update } = useSettings(showError)
  const [previewWidth, setPreviewWidth] = useState<number>()
  const layout = settings.layout
  const profiles = useMemo(() => [...BUILTIN_PROFILES, ...settings.portalProfiles], [settings.portalProfiles])
  const templates = useMemo(() => [...BUILTIN_TEMPLATES, ...settings.templates], [settings.templates])
  useEffect(() => {
    if (notice) toast('error', notice)
  }, [notice, toast])

  const attempt = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work()
      } catch (error) {
        toast('error', errorText(error))
        return undefined
      }
    },
    [toast],
  )

  /** Replacing a document with unsaved edits asks first; its autosaved copy stays until then. */
  const replaceDocument = useCallback(async (next: DocumentState) => {
    const current = docRef.current
    if (current?.dirty && !window.confirm(`「${current.displayName}」有未保存的修改，确定要放弃吗？`)) return
    if (current) await api.clearAutosave(current.id)
    setDoc(next)
    if (next.report?.warnings.length) toast('info', next.report.warnings.join('；'))
  }, [toast])

  const openWith = useCallback(
    async (load: () => Promise<OpenedDocument | null>) => {
      const opened = await attempt(load)
      if (opened) await replaceDocument(fromOpened(opened))
    },
    [attempt, replaceDocument],
  )

  const save = useCallback(
    async (asNew: boolean) => {
      const current = docRef.current
      if (!current) return
      setSaving(true)
      const saved = await attempt(() => api.save(current.bundle, asNew ? undefined : current.path, suggestedFileName(current)))
      setSaving(false)
      if (!saved) return
      await api.clearAutosave(current.id)
      setDoc((d) =>
        d && d.id === current.id
          ? { ...d, path: saved.path, displayName: saved.displayName, dirty: d.bundle !== current.bundle }
          : d,
      )
      toast('info', `已保存到 ${saved.path}`)
    },
    [attempt, toast],
  )

  const run = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new':
          void replaceDocument({ id: `${Date.now().toString(36)}-new`, bundle: { article: emptyArticle(), assetData: {} }, displayName: '未命名.banxin', dirty: false })
          return
        case 'open':
        case 'import':
          void openWith(() => api.openDialog())
          return
        case 'save':
          void save(false)
          return
        case 'save-as':
          void save(true)
          return
        case 'export-pdf':
          setExporting('pdf')
          return
        case 'export-package':
          setExporting('package')
          return
        case 'export-text':
          setExporting('text')
          return
        case 'settings':
          setSettingsOpen(true)
          return
        case 'toggle-preview':
          update((st) => ({ ...st, layout: { ...st.layout, previewOpen: !st.layout.previewOpen } }))
          return
        default:
          commands.emit(command)
      }
    },
    [commands, openWith, replaceDocument, save, update],
  )

  // Start-up: offer recovery, then open what the OS handed us, else the bundled example.
  useEffect(() => {
    void (async () => {
      const entries = (await attempt(() => api.listRecovery())) ?? []
      setRecovery(entries)
      const files = (await attempt(() => api.startupFiles())) ?? []
      if (files[0]) await openWith(() => api.openPath(files[0]!))
      else if (!docRef.current) {
        // The untouched example is not "unsaved work": closing it must not ask.
        const example = await attempt(() => api.openExample())
        if (example) setDoc(fromOpened(example, false))
      }
    })()
  }, [attempt, openWith])

  useEffect(() => api.onMenu(run), [run])
  useEffect(() => api.onOpenFile((path) => void openWith(() => api.openPath(path))), [openWith])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e)
      if (!command) return
      e.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [run])

  // Dirty state for the title bar and main's close guard.
  useEffect(() => {
    if (!doc) return
    document.title = `${doc.dirty ? '● ' : ''}${doc.displayName} — 版心`
    void api.setDirty(doc.dirty)
  }, [doc?.dirty, doc?.displayName]) // eslint-disable-line react-hooks/exhaustive-deps

  // Autosave after a short idle, never during an IME composition.
  useEffect(() => {
    if (!doc?.dirty) return
    const timer = setInterval(() => {
      if (isComposing()) return
      clearInterval(timer)
      const info = { displayName: doc.displayName, ...(doc.path ? { path: doc.path } : {}) }
      void api.autosave(doc.id, doc.bundle, info).catch((e: unknown) => toast('error', `自动保存失败：${errorText(e)}`))
    }, settings.autosaveSeconds * 1000)
    return () => clearInterval(timer)
  }, [doc, toast, settings.autosaveSeconds])

  const imageUrl = useAssetUrls(doc?.bundle.article.assets ?? {}, doc?.bundle.assetData ?? {})

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault()
    const file = e.dataTransfer.files[0]
    if (!file) return
    const path = api.pathForFile(file)
    void openWith(async () => (path ? api.openPath(path) : api.openBytes(file.name, new Uint8Array(await file.arrayBuffer()))))
  }

  const recover = async (entry: RecoveryEntry) => {
    const opened = await attempt(() => api.recover(entry.id))
    if (!opened) return
    setRecovery((r) => r.filter((x) => x.id !== entry.id))
    await replaceDocument({ ...fromOpened(opened, true), id: entry.id })
  }
  const discard = async (entry: RecoveryEntry) => {
    await attempt(() => api.discardRecovery(entry.id))
    setRecovery((r) => r.filter((x) => x.id !== entry.id))
  }

  return (
    <div className="bx-app" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <AppBar onCommand={run} />
      <RecoveryBanner entries={recovery} onRecover={(e) => void recover(e)} onDiscard={(e) => void discard(e)} />
      <main className="bx-workspace">
        {doc ? (
          <>
          <div className="bx-editor-area">
          <ArticleEditor
            key={doc.id}
            article={doc.bundle.article}
            imageUrl={imageUrl}
            commands={commands}
            userTemplates={settings.templates}
            onUserTemplatesChange={(t) => update((st) => ({ ...st, templates: t }))}
            onAddAsset={(asset) => setDoc((d) => (d ? withAsset(d, asset) : d))}
            onBlocksChange={(blocks) => setDoc((d) => (d ? withBlocks(d, blocks) : d))}
            onMetaChange={(meta) => setDoc((d) => (d ? withMeta(d, meta) : d))}
          />
          </div>
          {layout.previewOpen ? (
            <>
              <Splitter
                width={previewWidth ?? layout.previewWidth}
                min={280}
                max={1400}
                onResize={setPreviewWidth}
                onCommit={(w) => update((st) => ({ ...st, layout: { ...st.layout, previewWidth: w } }))}
              />
              <div className="bx-preview-slot" style={{ width: previewWidth ?? layout.previewWidth }}>
                <PreviewPane
                  mode={layout.previewMode}
                  onModeChange={(mode) => update((st) => ({ ...st, layout: { ...st.layout, previewMode: mode } }))}
                  onClose={() => update((st) => ({ ...st, layout: { ...st.layout, previewOpen: false } }))}
                  portal={
                    <PortalPreview
                      article={doc.bundle.article}
                      imageUrl={imageUrl}
                      profiles={profiles}
                      templates={templates}
                      profileId={settings.defaultProfile}
                      onProfileChange={(id) => update((st) => ({ ...st, defaultProfile: id }))}
                    />
                  }
                  print={null}
                />
              </div>
            </>
          ) : (
            <button
              type="button"
              className="bx-preview-open"
              onClick={() => update((st) => ({ ...st, layout: { ...st.layout, previewOpen: true } }))}
              aria-label="展开预览"
              title="展开预览"
            >
              ⟨ 预览
            </button>
          )}
          </>
        ) : (
          <div className="bx-loading">正在打开…</div>
        )}
      </main>
      {doc ? <StatusBar article={doc.bundle.article} displayName={doc.displayName} dirty={doc.dirty} saving={saving} /> : null}
      {doc && exporting ? (
        <ExportDialog
          kind={exporting}
          bundle={doc.bundle}
          baseName={suggestedFileName(doc).replace(/\.banxin$/, '')}
          presets={[]}
          defaultPreset={settings.defaultPreset}
          profiles={profiles}
          defaultProfile={settings.defaultProfile}
          onClose={() => setExporting(null)}
        />
      ) : null}
      {settingsOpen ? (
        <SettingsDialog settings={settings} extraSections={[]} onSave={saveSettings} onClose={() => setSettingsOpen(false)} />
      ) : null}
      <Toasts toasts={toasts} onDismiss={(id) => setToasts((t) => t.filter((x) => x.id !== id))} />
    </div>
  )
}
