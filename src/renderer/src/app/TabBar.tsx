import type { DocumentState } from './document-state'

interface Props {
  docs: DocumentState[]
  activeId?: string
  onSelect(id: string): void
  onClose(id: string): void
}

export function TabBar({ docs, activeId, onSelect, onClose }: Props) {
  if (!docs.length) return null
  return (
    <div className="bx-tabs" role="tablist" aria-label="打开的文档">
      {docs.map((d) => (
        <div key={d.id} className="bx-tab" data-active={d.id === activeId || undefined}>
          <button type="button" role="tab" aria-selected={d.id === activeId} onClick={() => onSelect(d.id)} title={d.path ?? d.displayName}>
            {d.dirty ? '● ' : ''}
            {d.displayName}
          </button>
          <button type="button" className="bx-tab-close" aria-label={`关闭 ${d.displayName}`} onClick={() => onClose(d.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
