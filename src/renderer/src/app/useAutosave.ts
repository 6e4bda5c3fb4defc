import { useEffect, useRef } from 'react'
import type { ArticleBundle } from '../../../core/model/article'
import { isComposing } from './composition'
import type { DocumentState } from './document-state'

/**
 * Writes a copy of every dirty document to the app's data folder once typing has paused for `seconds`,
 * never during an IME composition (design §1: recovery after a crash).
 */
export function useAutosave(docs: DocumentState[], seconds: number, onError: (message: string) => void): void {
  const written = useRef(new Map<string, ArticleBundle>())
  useEffect(() => {
    const pending = docs.filter((d) => d.dirty && written.current.get(d.id) !== d.bundle)
    if (!pending.length) return
    const timer = setInterval(() => {
      if (isComposing()) return
      clearInterval(timer)
      for (const doc of pending) {
        const info = { displayName: doc.displayName, ...(doc.path ? { path: doc.path } : {}) }
        window.banxin.autosave(doc.id, doc.bundle, info).then(
          () => written.current.set(doc.id, doc.bundle),
          (e: unknown) => onError(`自动保存失败：${e instanceof Error ? e.message : String(e)}`),
        )
      }
    }, seconds * 1000)
    return () => clearInterval(timer)
  }, [docs, seconds, onError])
}
