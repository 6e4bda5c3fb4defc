export interface Toast {
  id: number
  kind: 'error' | 'info'
  text: string
}

export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss(id: number): void }) {
  return (
    <div className="bx-toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`bx-toast bx-toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          <span>{t.text}</span>
          <button type="button" onClick={() => onDismiss(t.id)} aria-label="关闭提示">
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
