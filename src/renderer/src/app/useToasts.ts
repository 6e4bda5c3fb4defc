import { useCallback, useState } from 'react'
import type { Toast } from './Toasts'

/** Notices in the corner: errors stay until dismissed, information goes after a few seconds. */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([])
  const dismiss = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), [])
  const toast = useCallback(
    (kind: Toast['kind'], text: string) => {
      const id = Date.now() + Math.random()
      setToasts((t) => [...t, { id, kind, text }])
      if (kind === 'info') setTimeout(() => dismiss(id), 4000)
    },
    [dismiss],
  )
  const showError = useCallback((text: string) => toast('error', text), [toast])
  return { toasts, toast, showError, dismiss }
}

export type ToastFn = ReturnType<typeof useToasts>['toast']
