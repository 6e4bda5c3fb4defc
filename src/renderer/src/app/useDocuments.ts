import { useCallback, useRef, useState } from 'react'
import type { DocumentState } from './document-state'

/** The open documents (tabs) and which one is shown. Pure state; files are main's business. */
export function useDocuments() {
  const [docs, setDocs] = useState<DocumentState[]>([])
  const [activeId, setActiveId] = useState<string>()
  const ref = useRef(docs)
  ref.current = docs

  /** Shows `doc` in a new tab, or focuses the tab that already has the same file. */
  const add = useCallback((doc: DocumentState) => {
    const same = doc.path ? ref.current.find((d) => d.path === doc.path) : undefined
    if (same) {
      setActiveId(same.id)
      return false
    }
    // The ref changes now, not at the next render, so a load finishing in between sees this tab.
    ref.current = [...ref.current, doc]
    setDocs((list) => [...list, doc])
    setActiveId(doc.id)
    return true
  }, [])

  const update = useCallback((id: string, change: (doc: DocumentState) => DocumentState) => {
    setDocs((list) => list.map((d) => (d.id === id ? change(d) : d)))
  }, [])

  const remove = useCallback((id: string) => {
    setDocs((list) => {
      const index = list.findIndex((d) => d.id === id)
      const next = list.filter((d) => d.id !== id)
      setActiveId((current) => (current === id ? next[Math.min(index, next.length - 1)]?.id : current))
      return next
    })
  }, [])

  const active = docs.find((d) => d.id === activeId)
  return { docs, active, activeId, setActiveId, add, update, remove, current: ref }
}
