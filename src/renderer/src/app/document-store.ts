import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ArticleTab, DocumentState } from './document-state'

/** The open documents (tabs) and which one is shown. */
export interface OpenDocuments {
  docs: DocumentState[]
  activeId?: string
}

/**
 * The open documents live outside React's state, so a keystroke (which replaces the edited article)
 * re-renders only the components that read what changed; the tab bar, status bar, panels and previews
 * select what they show, or follow it after a pause (`useSettled`).
 */
export type DocumentStore = StoreApi<OpenDocuments>

export function createDocumentStore(): DocumentStore {
  return createStore<OpenDocuments>(() => ({ docs: [] }))
}

export function findDocument(state: OpenDocuments, id: string | undefined): DocumentState | undefined {
  return id === undefined ? undefined : state.docs.find((d) => d.id === id)
}

export function activeDocument(state: OpenDocuments): DocumentState | undefined {
  return findDocument(state, state.activeId)
}

/** The article tab `id`; a tab that is gone or holds a page file has none. */
export function findArticle(state: OpenDocuments, id: string): ArticleTab | undefined {
  const doc = findDocument(state, id)
  return doc?.kind === 'article' ? doc : undefined
}
