import { useCallback } from 'react'
import type { PageBundle, PageDocument } from '../../../core/page/page'
import type { PageTab } from '../app/document-state'
import { record, redo as redoStep, undo as undoStep, withArticle } from './page-history'
import type { Article, AssetData } from '../../../core/model/article'

export type PageEdit = (page: PageBundle) => PageBundle

/** A document edit (the core's pure page edits) as an edit of the bundle, keeping it when nothing changed. */
export function onDocument(edit: (doc: PageDocument) => PageDocument): PageEdit {
  return (bundle) => {
    const page = edit(bundle.page)
    return page === bundle.page ? bundle : { ...bundle, page }
  }
}

/** The page tab's edits: each one a step of undo (typing in one field, `group`, is one step). */
export function usePageEdits(onChange: (change: (tab: PageTab) => PageTab) => void) {
  const edit = useCallback(
    (change: PageEdit, group?: string) =>
      onChange((tab) => {
        const next = record(tab.page, change(tab.page), tab.history, group)
        return next.page === tab.page ? tab : { ...tab, ...next, dirty: true }
      }),
    [onChange],
  )
  const step = useCallback(
    (how: typeof undoStep) =>
      onChange((tab) => {
        const next = how(tab.page, tab.history)
        return next.page === tab.page ? tab : { ...tab, ...next, dirty: true }
      }),
    [onChange],
  )
  const undo = useCallback(() => step(undoStep), [step])
  const redo = useCallback(() => step(redoStep), [step])
  /** Text typed in the article editor: the page re-flows, page undo is not involved (the editor has its own). */
  const editArticle = useCallback(
    (key: string, change: (article: Article, assetData: AssetData) => { article: Article; assetData?: AssetData }) =>
      onChange((tab) => {
        const current = tab.page.page.articles[key]
        if (!current) return tab
        const next = change(current, tab.page.assetData[key] ?? {})
        return { ...tab, page: withArticle(tab.page, key, next.article, next.assetData), dirty: true }
      }),
    [onChange],
  )
  return { edit, undo, redo, editArticle }
}
