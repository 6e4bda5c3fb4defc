import { useEffect, useRef } from 'react'
import type { BanxinContent } from '../../../core/page/banxin-content'
import { afterComposition } from './composition'
import { editedContent } from './document-state'
import type { DocumentStore } from './document-store'
import { isDue, observe, startWrite, writeFailed, type AutosaveClock } from './autosave-clock'

/** How often the schedule is checked; a copy is at most this late. */
const TICK_MS = 250

/**
 * Writes a copy of every dirty document (article or page file) to the app's data folder once typing pauses for `seconds`, and
 * at least every few seconds while it does not (`autosave-clock.ts`; design §1: recovery after a crash).
 * A write changes no React state, so it may run during an IME composition without touching the text
 * node the IME holds; only an error message waits for the composition to end.
 */
export function useAutosave(store: DocumentStore, seconds: number, onError: (message: string) => void): void {
  const clocks = useRef(new Map<string, AutosaveClock<BanxinContent>>())
  const writing = useRef(new Set<string>())

  useEffect(() => {
    const tick = () => {
      const now = Date.now()
      const open = new Set<string>()
      for (const doc of store.getState().docs) {
        open.add(doc.id)
        const content = editedContent(doc)
        if (!doc.dirty) {
          // Saved (or never edited): the file is the copy; the next edit starts a new wait.
          clocks.current.set(doc.id, { written: content, seen: content, changedAt: now })
          continue
        }
        const clock = observe(clocks.current.get(doc.id) ?? { changedAt: now }, content, now)
        clocks.current.set(doc.id, clock)
        if (writing.current.has(doc.id) || !isDue(clock, now, seconds * 1000)) continue
        clocks.current.set(doc.id, startWrite(clock))
        writing.current.add(doc.id)
        const info = { displayName: doc.displayName, ...(doc.path ? { path: doc.path } : {}) }
        window.banxin
          .autosave(doc.id, content, info)
          .catch((e: unknown) => {
            const current = clocks.current.get(doc.id)
            if (current) clocks.current.set(doc.id, writeFailed(current, clock))
            afterComposition(() => onError(`自动保存失败：${e instanceof Error ? e.message : String(e)}`))
          })
          .finally(() => writing.current.delete(doc.id))
      }
      for (const id of clocks.current.keys()) if (!open.has(id)) clocks.current.delete(id)
    }
    const timer = setInterval(tick, TICK_MS)
    return () => clearInterval(timer)
  }, [store, seconds, onError])
}
