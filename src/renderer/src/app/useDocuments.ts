import { useState } from 'react'
import type { DocumentState } from './document-state'
import { createDocumentStore, type DocumentStore } from './document-store'

/** The open documents' store and what changes it. Pure state; files are main's business. */
export interface Documents {
  store: DocumentStore
  /** Shows `doc` in a new tab, or focuses the tab that already has the same file; whether it was added. */
  add(doc: DocumentState): boolean
  update(id: string, change: (doc: DocumentState) => DocumentState): void
  remove(id: string): void
  setActiveId(id: string): void
}

function documentsOf(store: DocumentStore): Documents {
  return {
    store,
    add(doc) {
      const { docs } = store.getState()
      const same = doc.path ? docs.find((d) => d.path === doc.path) : undefined
      if (same) {
        store.setState({ activeId: same.id })
        return false
      }
      store.setState({ docs: [...docs, doc], activeId: doc.id })
      return true
    },
    update(id, change) {
      store.setState(({ docs }) => ({ docs: docs.map((d) => (d.id === id ? change(d) : d)) }))
    },
    remove(id) {
      store.setState(({ docs, activeId }) => {
        const index = docs.findIndex((d) => d.id === id)
        const next = docs.filter((d) => d.id !== id)
        return {
          docs: next,
          activeId: activeId === id ? next[Math.min(index, next.length - 1)]?.id : activeId,
        }
      })
    },
    setActiveId(id) {
      store.setState({ activeId: id })
    },
  }
}

/** One store for the app's lifetime; reading it is the components' business (selectors, `useSettled`). */
export function useDocuments(): Documents {
  const [documents] = useState(() => documentsOf(createDocumentStore()))
  return documents
}
