import { useCallback, useEffect, useRef, useState } from 'react'
import type { MenuCommand, PrintPreviewResult } from '../../../core/ipc/contract'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { articlePlainText } from '../../../core/model/text'
import type { ExportKind } from '../export/ExportDialog'
import { SettingsDialog } from '../settings/SettingsDialog'
import { FontSettings } from '../settings/FontSettings'
import { PresetSettings } from '../settings/PresetSettings'
import { withoutUnusedAssets } from './document-state'
import { activeDocument, type OpenDocuments } from './document-store'
import { ActiveExportDialog, PageTabView } from './store-views'
import { StatusBar } from './StatusBar'
import { Toasts } from './Toasts'
import { RecoveryBanner } from './RecoveryBanner'
import { CommandBus } from './command-bus'
import { useSettings } from './useSettings'
import { useDocuments } from './useDocuments'
import { useAutosave } from './useAutosave'
import { useToasts } from './useToasts'
import { useCatalogue } from './useCatalogue'
import { useDocumentCommands } from './useDocumentCommands'
import { useMenuRouting } from './useMenuRouting'
import { AppBar } from './AppBar'
import { TabBar } from './TabBar'
import { Welcome } from './Welcome'
import { Workspace } from './Workspace'
import { PrintSheets } from './PrintSheets'
import { NewPageDialog } from '../page/NewPageDialog'
import { SplitOpenDialog } from './SplitOpenDialog'
import { splitPageDefaults } from './split-page-defaults'

/** The text of the article in front, for the font settings' sample. */
function articleText(state: OpenDocuments): string {
  const doc = activeDocument(state)
  return doc?.kind === 'article' ? articlePlainText(doc.bundle.article) : ''
}

const EXPORTS: Partial<Record<MenuCommand, ExportKind>> = { 'export-pdf': 'pdf', 'export-package': 'package', 'export-text': 'text' }

export function App() {
  const documents = useDocuments()
  const { store, update } = documents
  // Only which document is shown and its kind: App never renders again for an edit.
  const active = useStore(
    store,
    useShallow((s) => {
      const doc = activeDocument(s)
      return doc ? { id: doc.id, kind: doc.kind } : undefined
    }),
  )
  const { toasts, toast, showError, dismiss } = useToasts()
  const { settings, notice, save: saveSettings, update: updateSettings } = useSettings(showError)
  const { profiles, templates, presets, portalMainColor } = useCatalogue(settings)
  const files = useDocumentCommands(documents, toast)
  const [exporting, setExporting] = useState<ExportKind | null>(null)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [printing, setPrinting] = useState<PrintPreviewResult | null>(null)
  const [newPage, setNewPage] = useState(false)
  /** 在版面中打开 chosen for a page of several articles: the 新建版面 form comes next. */
  const [splitToPage, setSplitToPage] = useState(false)
  const [commands] = useState(() => new CommandBus())
  const settingsRef = useRef(settings)
  settingsRef.current = settings
  useEffect(() => {
    if (notice) toast('error', notice)
  }, [notice, toast])

  const { newDocument, openDialog, save, attempt } = files
  const run = useCallback(
    (command: MenuCommand) => {
      const doc = activeDocument(store.getState())
      const exportKind = EXPORTS[command]
      if (exportKind) {
        if (doc?.kind === 'article' || (doc?.kind === 'page' && exportKind === 'pdf')) setExporting(exportKind)
        return
      }
      switch (command) {
        case 'new':
          return newDocument()
        case 'new-page':
          return setNewPage(true)
        case 'open':
        case 'import':
          return void openDialog()
        case 'save':
        case 'save-as':
          return void (doc && save(doc.id, command === 'save-as'))
        case 'print':
          if (doc?.kind !== 'article') return
          toast('info', '正在排版，准备打印…')
          return void attempt(() => window.banxin.typesetPreview(withoutUnusedAssets(doc.bundle), settingsRef.current.defaultPreset)).then((r) => r && setPrinting(r))
        case 'settings':
          return setSettingsOpen(true)
        case 'toggle-preview':
          return updateSettings((st) => ({ ...st, layout: { ...st.layout, previewOpen: !st.layout.previewOpen } }))
        default:
          commands.emit(command)
      }
    },
    [attempt, commands, store, newDocument, openDialog, save, toast, updateSettings],
  )
  useMenuRouting(run)
  useAutosave(store, settings.autosaveSeconds, showError)

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault()
    for (const file of Array.from(e.dataTransfer.files)) void files.openDropped(file)
  }

  return (
    <div className="bx-app" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <AppBar onCommand={run} document={active?.kind} />
      <RecoveryBanner entries={files.recovery} onRecover={(e) => void files.recover(e)} onDiscard={(e) => void files.discardRecovery(e)} />
      <TabBar store={store} onSelect={documents.setActiveId} onClose={(id) => void files.close(id)} />
      <main className="bx-workspace">
        {active?.kind === 'article' ? (
          <Workspace
            key={active.id}
            store={store}
            id={active.id}
            commands={commands}
            settings={settings}
            profiles={profiles}
            portalMainColor={portalMainColor}
            templates={templates}
            presets={presets}
            onChange={(change) => update(active.id, (d) => (d.kind === 'article' ? change(d) : d))}
            onSettingsChange={updateSettings}
          />
        ) : active?.kind === 'page' ? (
          <PageTabView
            key={active.id}
            store={store}
            id={active.id}
            commands={commands}
            settings={settings}
            templates={templates}
            portalMainColor={portalMainColor}
            onChange={(change) => update(active.id, (d) => (d.kind === 'page' ? change(d) : d))}
            onSettingsChange={updateSettings}
            onNotice={toast}
          />
        ) : (
          <Welcome
            recent={files.recent}
            onNew={newDocument}
            onNewPage={() => setNewPage(true)}
            onOpen={() => void openDialog()}
            onOpenPath={(p) => void files.openPath(p)}
            onExample={() => void files.openExample()}
          />
        )}
      </main>
      {active ? <StatusBar key={active.id} store={store} id={active.id} saving={files.saving} /> : null}
      {newPage ? (
        <NewPageDialog
          onCreate={(page) => {
            setNewPage(false)
            files.newPage(page)
          }}
          onClose={() => setNewPage(false)}
        />
      ) : null}
      {files.splitDraft && !splitToPage ? (
        <SplitOpenDialog
          displayName={files.splitDraft.displayName}
          split={files.splitDraft.split}
          onChoose={(choice) => (choice === 'page' ? setSplitToPage(true) : files.openSplit(files.splitDraft!, choice === 'articles'))}
        />
      ) : null}
      {files.splitDraft && splitToPage ? (
        <NewPageDialog
          title="在版面中打开"
          defaults={splitPageDefaults(files.splitDraft.split)}
          onCreate={(page) => {
            setSplitToPage(false)
            void files.openSplitAsPage(files.splitDraft!, page)
          }}
          onClose={() => setSplitToPage(false)}
        />
      ) : null}
      {active && exporting ? (
        <ActiveExportDialog
          store={store}
          kind={exporting}
          presets={presets}
          defaultPreset={settings.defaultPreset}
          profiles={profiles}
          defaultProfile={settings.defaultProfile}
          onClose={() => setExporting(null)}
        />
      ) : null}
      {settingsOpen ? (
        <SettingsDialog
          settings={settings}
          extraSections={[
            { id: 'fonts', label: '字体', render: (d, set) => <FontSettings draft={d} setDraft={set} documentText={articleText(store.getState())} /> },
            { id: 'presets', label: '版式', render: (d, set) => <PresetSettings draft={d} setDraft={set} /> },
          ]}
          onSave={saveSettings}
          onClose={() => setSettingsOpen(false)}
        />
      ) : null}
      {printing ? <PrintSheets result={printing} onDone={() => setPrinting(null)} /> : null}
      <Toasts toasts={toasts} onDismiss={dismiss} />
    </div>
  )
}
