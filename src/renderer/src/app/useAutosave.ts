import { useEffect, useRef } from 'react'
import type { BanxinContent } from '../../../core/page/banxin-content'
import { isComposing } from './composition'
import { editedContent, type DocumentState } from './document-state'

/**
 * Writes a copy of every dirty document (article or page file) to the app's data folder once typing has
 * paused for `seconds`, never during an IME composition (design §1: recovery after a crash).
 */
export function useAutosave(docs: DocumentState[], seconds: number, onError: (message: string) => void): void {
  const written = useRef(new Map<string, BanxinContent>())
  useEffect(() => {
    const pending = docs.filter((d) => d.dirty && written.current.get(d.id) !== editedContent(d))
    if (!pending.length) return
    const timer = setInterval(() => {
      if (isComposing()) return
      clearInterval(timer)
      for (const doc of pending) {
        const info = { displayName: doc.displayName, ...(doc.path ? { path: doc.path } : {}) }
        const content = editedContent(doc)
        window.banxin.autosave(doc.id, content, info).then(
          () => written.current.set(doc.id, content),
          (e: unknown) => onError(`自动保存失败：${e instanceof Error ? e.message : String(e)}`),
        )
      }
    }, seconds * 1000)
    return () => clearInterval(timer)
  }, [docs, seconds, onError])
}
