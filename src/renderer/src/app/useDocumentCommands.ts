import { useCallback, useEffect, useState } from 'react'
import { useStore } from 'zustand'
import type { Opened, OpenedDocument, RecoveryEntry } from '../../../core/ipc/contract'
import type { ImportedPage } from '../../../core/import/types'
import { emptyArticle } from '../../../core/model/build'
import type { PageDocument } from '../../../core/page/page'
import { withDraftedFrames } from '../../../core/makeup/redraft-page'
import { addArticles } from '../../../core/page/place-articles'
import { fileNameFrom } from '../../../core/file/file-name'
import { articleName } from '../../../core/import/split/article-name'
import { EMPTY_HISTORY } from '../page/page-history'
import { editedContent, fromOpened, newDocId, savedContent, suggestedFileName, type DocumentState } from './document-state'
import type { Documents } from './useDocuments'
import { activeDocument } from './document-store'
import type { ToastFn } from './useToasts'

const api = window.banxin

/** An imported draft that holds several articles, waiting for the user to say how to open it. */
export type SplitDraft = OpenedDocument & { split: ImportedPage }

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * What the user does with whole documents: new, open, save, close (asking 保存 / 不保存 / 取消 about
 * unsaved changes, for each document when the window closes), recovery and the recent list.
 */
export function useDocumentCommands(documents: Documents, toast: ToastFn) {
  const { store, add, update, remove, setActiveId } = documents
  const openDocs = useCallback(() => store.getState().docs, [store])
  const [recent, setRecent] = useState<string[]>([])
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([])
  const [saving, setSaving] = useState(false)
  const [splitDraft, setSplitDraft] = useState<SplitDraft>()

  const attempt = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
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
    async (load: () => Promise<Opened | null>, dirty?: boolean) => {
      const opened = await attempt(load)
      if (!opened) return
      refreshRecent()
      if ('split' in opened && opened.split) return setSplitDraft({ ...opened, split: opened.split })
      add(fromOpened(opened, dirty))
      if ('report' in opened && opened.report?.warnings.length) toast('info', opened.report.warnings.join('；'))
    },
    [add, attempt, refreshRecent, toast],
  )
  const openDialog = useCallback(() => openWith(() => api.openDialog()), [openWith])
  const openPath = useCallback((path: string) => openWith(() => api.openPath(path)), [openWith])
  const openDropped = useCallback((file: File) => openWith(() => api.openDroppedFile(file)), [openWith])
  const openExample = useCallback(() => openWith(() => api.openExample(), false), [openWith])
  const newDocument = useCallback(
    () => add({ kind: 'article', id: newDocId(), bundle: { article: emptyArticle(), assetData: {} }, displayName: '未命名.banxin', dirty: false }),
    [add],
  )
  /** A page file made in 新建版面, in a tab of its own. */
  const newPage = useCallback(
    (page: PageDocument) => add({ kind: 'page', id: newDocId(), page: { page, assetData: {} }, history: EMPTY_HISTORY, displayName: '未命名版面.banxin', dirty: false }),
    [add],
  )

  /** A page of several articles, opened as the user chose: one tab per article, or the page as one article. */
  const openSplit = useCallback(
    (draft: SplitDraft, each: boolean) => {
      setSplitDraft(undefined)
      const { split, ...whole } = draft
      if (!each) return void add(fromOpened(whole))
      for (const { bundle, report } of split.articles)
        add({ kind: 'article', id: newDocId(), bundle, report, displayName: `${fileNameFrom(articleName(bundle.article)) || '未命名'}.banxin`, dirty: true })
    },
    [add],
  )
  /** The page's articles on a new 版面 (made in 在版面中打开), one frame each, by the automatic first draft. */
  const openSplitAsPage = useCallback(
    async (draft: SplitDraft, doc: PageDocument) => {
      setSplitDraft(undefined)
      const { bundle } = addArticles({ page: doc, assetData: {} }, draft.split.articles.map((a) => a.bundle))
      const drafted = await attempt(() => api.draftPage(bundle, 0))
      const page = drafted ? { ...bundle, page: withDraftedFrames(bundle.page, 0, drafted.frames) } : bundle
      add({ kind: 'page', id: newDocId(), page, history: EMPTY_HISTORY, displayName: draft.displayName.replace(/\.banxin$/, '') + '（版面）.banxin', dirty: true })
      const left = (drafted?.unplaced ?? Object.keys(bundle.page.articles)).map((key) => `「${articleName(bundle.page.articles[key]!)}」`)
      toast('info', left.length ? `已排成版面；这一版放不下 ${left.join('')}，列在「稿件」中。` : `已把 ${draft.split.articles.length} 篇文章排成版面，每篇一个版块。`)
    },
    [add, attempt, toast],
  )

  /** Saves a document to its file, or asks where (Save As, or a document without one); whether it was saved. */
  const save = useCallback(
    async (id: string, asNew: boolean): Promise<boolean> => {
      const doc = openDocs().find((d) => d.id === id)
      if (!doc) return false
      setSaving(true)
      const saved = await attempt(() => api.save(savedContent(doc), asNew ? undefined : doc.path, suggestedFileName(doc)))
      setSaving(false)
      if (!saved) return false
      await attempt(() => api.clearAutosave(doc.id))
      // Edits made while saving stay unsaved.
      update(doc.id, (d) => ({ ...d, path: saved.path, displayName: saved.displayName, dirty: editedContent(d) !== editedContent(doc) }))
      toast('info', `已保存到 ${saved.path}`)
      refreshRecent()
      return true
    },
    [attempt, openDocs, refreshRecent, toast, update],
  )

  /** Asks 保存 / 不保存 / 取消 about a document with unsaved changes (shown in front); whether it may close. */
  const settle = useCallback(
    async (doc: DocumentState): Promise<boolean> => {
      if (!doc.dirty) return true
      setActiveId(doc.id)
      const choice = await attempt(() => api.askToSave(doc.displayName))
      if (choice === 'save') return save(doc.id, false)
      return choice === 'discard'
    },
    [attempt, save, setActiveId],
  )

  const close = useCallback(
    async (id: string) => {
      const doc = openDocs().find((d) => d.id === id)
      if (!doc || !(await settle(doc))) return
      remove(doc.id)
      await attempt(() => api.clearAutosave(doc.id))
    },
    [attempt, openDocs, remove, settle],
  )

  /** The window is closing: each unsaved document in turn, then main closes it; 取消 on any keeps it open. */
  const closeWindow = useCallback(async () => {
    for (const doc of openDocs().filter((d) => d.dirty)) if (!(await settle(doc))) return
    // Every document was saved or deliberately not: no recovery copy should outlive the decision.
    for (const doc of openDocs()) await attempt(() => api.clearAutosave(doc.id))
    await attempt(() => api.closeWindow())
  }, [attempt, openDocs, settle])

  const recover = useCallback(
    async (entry: RecoveryEntry) => {
      const opened = await attempt(() => api.recover(entry.id))
      if (!opened) return
      setRecovery((r) => r.filter((x) => x.id !== entry.id))
      add({ ...fromOpened(opened, true), id: entry.id })
    },
    [add, attempt],
  )
  const discardRecovery = useCallback(
    async (entry: RecoveryEntry) => {
      await attempt(() => api.discardRecovery(entry.id))
      setRecovery((r) => r.filter((x) => x.id !== entry.id))
    },
    [attempt],
  )

  // Start-up: offer recovery; open what the OS handed us; a new user sees the example, others the welcome view.
  useEffect(() => {
    void (async () => {
      setRecovery((await attempt(() => api.listRecovery())) ?? [])
      const files = (await attempt(() => api.startupFiles())) ?? []
      const known = (await attempt(() => api.recentFiles())) ?? []
      setRecent(known)
      if (files.length) for (const f of files) await openPath(f)
      else if (!known.length) {
        const example = await attempt(() => api.openExample())
        // A document the user opened or created while the example loaded stays in front, alone.
        if (example && !openDocs().length) add(fromOpened(example, false))
      }
    })()
  }, [add, attempt, openDocs, openPath])

  useEffect(() => api.onOpenFile((path) => void openPath(path)), [openPath])
  useEffect(() => api.onCloseRequested(() => void closeWindow()), [closeWindow])

  // Main asks before closing only while something is unsaved; the title shows the document in front.
  const anyDirty = useStore(store, (s) => s.docs.some((d) => d.dirty))
  useEffect(() => {
    void api.setDirty(anyDirty)
  }, [anyDirty])
  const title = useStore(store, (s) => {
    const active = activeDocument(s)
    return active ? `${active.dirty ? '● ' : ''}${active.displayName} — 版心` : '版心'
  })
  useEffect(() => {
    document.title = title
  }, [title])

  return {
    attempt,
    recent,
    recovery,
    saving,
    newDocument,
    newPage,
    openDialog,
    openPath,
    openDropped,
    openExample,
    splitDraft,
    openSplit,
    openSplitAsPage,
    save,
    close,
    recover,
    discardRecovery,
  }
}
