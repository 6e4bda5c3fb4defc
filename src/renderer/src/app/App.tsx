import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MenuCommand, OpenedDocument, RecoveryEntry } from '../../../core/ipc/contract'
import { emptyArticle } from '../../../core/model/build'
import { BUILTIN_PROFILES } from '../../../core/portal/builtin-profiles'
import { BUILTIN_TEMPLATES } from '../../../core/styles/builtin-templates'
import { BUILTIN_PRESETS } from '../../../core/typeset/builtin-presets'
import { ExportDialog, type ExportKind } from '../export/ExportDialog'
import { SettingsDialog } from '../settings/SettingsDialog'
import { FontSettings } from '../settings/FontSettings'
import { PresetSettings } from '../settings/PresetSettings'
import { articlePlainText } from '../../../core/model/text'
import { fromOpened, newDocId, suggestedFileName, withoutUnusedAssets, type DocumentState } from './document-state'
import { commandForKey } from './shortcuts'
import { StatusBar } from './StatusBar'
import { Toasts, type Toast } from './Toasts'
import { RecoveryBanner } from './RecoveryBanner'
import { CommandBus } from './command-bus'
import { useSettings } from './useSettings'
import { useDocuments } from './useDocuments'
import { useAutosave } from './useAutosave'
import { AppBar } from './AppBar'
import { TabBar } from './TabBar'
import { Welcome } from './Welcome'
import { Workspace } from './Workspace'
import { PrintSheets } from './PrintSheets'
import type { PrintPreviewResult } from '../../../core/ipc/contract'

const api = window.banxin

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function App() {
  const documents = useDocuments()
  const { docs, active, add, update, remove, current: openDocs } = documents
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([])
  const [recent, setRecent] = useState<string[]>([])
  const [toasts, setToasts] = useState<Toast[]>([])
  const [saving, setSaving] = useState(false)
  const [exporting, setExporting] = useState<ExportKind | null>(null)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [printing, setPrinting] = useState<PrintPreviewResult | null>(null)
  const [commands] = useState(() => new CommandBus())

  const toast = useCallback((kind: Toast['kind'], text: string) => {
    const id = Date.now() + Math.random()
    setToasts((t) => [...t, { id, kind, text }])
    if (kind === 'info') setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), 4000)
  }, [])
  const showError = useCallback((text: string) => toast('error', text), [toast])
  const { settings, notice, save: saveSettings, update: updateSettings } = useSettings(showError)
  const settingsRef = useRef(settings)
  settingsRef.current = settings
  const profiles = useMemo(() => [...BUILTIN_PROFILES, ...settings.portalProfiles], [settings.portalProfiles])
  const templates = useMemo(() => [...BUILTIN_TEMPLATES, ...settings.templates], [settings.templates])
  const presets = useMemo(() => {
    const own = new Set(settings.presets.map((p) => p.id))
    return [...settings.presets, ...BUILTIN_PRESETS.filter((p) => !own.has(p.id))].map((p) => ({ id: p.id, name: p.name }))
  }, [settings.presets])
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

  const refreshRecent = useCallback(() => void api.recentFiles().then(setRecent, () => {}), [])

  const openWith = useCallback(
    async (load: () => Promise<OpenedDocument | null>, dirty?: boolean) => {
      const opened = await attempt(load)
      if (!opened) return
      add(fromOpened(opened, dirty))
      if (opened.report?.warnings.length) toast('info', opened.report.warnings.join('；'))
      refreshRecent()
    },
    [add, attempt, refreshRecent, toast],
  )

  const close = useCallback(
    async (doc: DocumentState) => {
      if (doc.dirty && !window.confirm(`「${doc.displayName}」有未保存的修改，确定要关闭吗？`)) return
      remove(doc.id)
      await attempt(() => api.clearAutosave(doc.id))
    },
    [attempt, remove],
  )

  const save = useCallback(
    async (asNew: boolean) => {
      const doc = documents.current.current.find((d) => d.id === documents.activeId)
      if (!doc) return
      setSaving(true)
      const bundle = withoutUnusedAssets(doc.bundle)
      const saved = await attempt(() => api.save(bundle, asNew ? undefined : doc.path, suggestedFileName(doc)))
      setSaving(false)
      if (!saved) return
      await attempt(() => api.clearAutosave(doc.id))
      // Edits made while saving stay unsaved.
      update(doc.id, (d) => ({ ...d, path: saved.path, displayName: saved.displayName, dirty: d.bundle !== doc.bundle }))
      toast('info', `已保存到 ${saved.path}`)
      refreshRecent()
    },
    [attempt, documents, refreshRecent, toast, update],
  )

  const newDocument = useCallback(
    () => add({ id: newDocId(), bundle: { article: emptyArticle(), assetData: {} }, displayName: '未命名.banxin', dirty: false }),
    [add],
  )
  const openExample = useCallback(() => openWith(() => api.openExample(), false), [openWith])

  const run = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new':
          newDocument()
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
        case 'export-package':
        case 'export-text':
          if (documents.current.current.length) setExporting(command === 'export-pdf' ? 'pdf' : command === 'export-package' ? 'package' : 'text')
          return
        case 'print': {
          const doc = documents.current.current.find((d) => d.id === documents.activeId)
          if (!doc) return
          toast('info', '正在排版，准备打印…')
          void attempt(() => api.typesetPreview(withoutUnusedAssets(doc.bundle), settingsRef.current.defaultPreset)).then((r) => r && setPrinting(r))
          return
        }
        case 'settings':
          setSettingsOpen(true)
          return
        case 'toggle-preview':
          updateSettings((st) => ({ ...st, layout: { ...st.layout, previewOpen: !st.layout.previewOpen } }))
          return
        default:
          commands.emit(command)
      }
    },
    [attempt, commands, documents, newDocument, openWith, save, toast, updateSettings],
  )

  // Start-up: offer recovery; open what the OS handed us; a new user sees the example, others the welcome view.
  useEffect(() => {
    void (async () => {
      setRecovery((await attempt(() => api.listRecovery())) ?? [])
      const files = (await attempt(() => api.startupFiles())) ?? []
      const known = (await attempt(() => api.recentFiles())) ?? []
      setRecent(known)
      if (files.length) for (const f of files) await openWith(() => api.openPath(f))
      else if (!known.length) {
        const example = await attempt(() => api.openExample())
        // A document the user opened or created while the example loaded stays in front, alone.
        if (example && !openDocs.current.length) add(fromOpened(example, false))
      }
    })()
  }, [add, attempt, openDocs, openWith])

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

  const anyDirty = docs.some((d) => d.dirty)
  useEffect(() => {
    document.title = active ? `${active.dirty ? '● ' : ''}${active.displayName} — 版心` : '版心'
  }, [active?.dirty, active?.displayName]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    void api.setDirty(anyDirty)
  }, [anyDirty])

  useAutosave(docs, settings.autosaveSeconds, showError)

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault()
    for (const file of Array.from(e.dataTransfer.files)) void openWith(() => api.openDroppedFile(file))
  }

  const recover = async (entry: RecoveryEntry) => {
    const opened = await attempt(() => api.recover(entry.id))
    if (!opened) return
    setRecovery((r) => r.filter((x) => x.id !== entry.id))
    add({ ...fromOpened(opened, true), id: entry.id })
  }
  const discard = async (entry: RecoveryEntry) => {
    await attempt(() => api.discardRecovery(entry.id))
    setRecovery((r) => r.filter((x) => x.id !== entry.id))
  }

  return (
    <div className="bx-app" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <AppBar onCommand={run} hasDocument={!!active} />
      <RecoveryBanner entries={recovery} onRecover={(e) => void recover(e)} onDiscard={(e) => void discard(e)} />
      <TabBar docs={docs} activeId={active?.id} onSelect={documents.setActiveId} onClose={(id) => void close(docs.find((d) => d.id === id)!)} />
      <main className="bx-workspace">
        {active ? (
          <Workspace
            key={active.id}
            doc={active}
            commands={commands}
            settings={settings}
            profiles={profiles}
            templates={templates}
            presets={presets}
            onChange={(change) => update(active.id, change)}
            onSettingsChange={updateSettings}
          />
        ) : (
          <Welcome recent={recent} onNew={newDocument} onOpen={() => run('open')} onOpenPath={(p) => void openWith(() => api.openPath(p))} onExample={() => void openExample()} />
        )}
      </main>
      {active ? <StatusBar article={active.bundle.article} displayName={active.displayName} dirty={active.dirty} hasFile={!!active.path} saving={saving} /> : null}
      {active && exporting ? (
        <ExportDialog
          kind={exporting}
          bundle={withoutUnusedAssets(active.bundle)}
          baseName={suggestedFileName(active).replace(/\.banxin$/, '')}
          presets={presets}
          defaultPreset={settings.defaultPreset}
          profiles={profiles}
          defaultProfile={settings.defaultProfile}
          {...(active.importChanges ? { importChanges: active.importChanges } : {})}
          onClose={() => setExporting(null)}
        />
      ) : null}
      {settingsOpen ? (
        <SettingsDialog
          settings={settings}
          extraSections={[
            { id: 'fonts', label: '字体', render: (d, set) => <FontSettings draft={d} setDraft={set} documentText={active ? articlePlainText(active.bundle.article) : ''} /> },
            { id: 'presets', label: '版式', render: (d, set) => <PresetSettings draft={d} setDraft={set} /> },
          ]}
          onSave={saveSettings}
          onClose={() => setSettingsOpen(false)}
        />
      ) : null}
      {printing ? <PrintSheets result={printing} onDone={() => setPrinting(null)} /> : null}
      <Toasts toasts={toasts} onDismiss={(id) => setToasts((t) => t.filter((x) => x.id !== id))} />
    </div>
  )
}
