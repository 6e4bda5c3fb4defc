import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { findDocument, type DocumentStore } from './document-store'

interface Props {
  store: DocumentStore
  onSelect(id: string): void
  onClose(id: string): void
}

/** One tab per open document; a tab renders again only when its name or unsaved mark changes. */
export function TabBar({ store, onSelect, onClose }: Props) {
  const ids = useStore(
    store,
    useShallow((s) => s.docs.map((d) => d.id)),
  )
  const activeId = useStore(store, (s) => s.activeId)
  if (!ids.length) return null
  return (
    <div className="bx-tabs" role="tablist" aria-label="打开的文档">
      {ids.map((id) => (
        <Tab key={id} store={store} id={id} active={id === activeId} onSelect={onSelect} onClose={onClose} />
      ))}
    </div>
  )
}

function Tab({
  store,
  id,
  active,
  onSelect,
  onClose,
}: Omit<Props, 'store'> & { store: DocumentStore; id: string; active: boolean }) {
  const { displayName, dirty, path } = useStore(
    store,
    useShallow((s) => {
      const d = findDocument(s, id)
      return { displayName: d?.displayName ?? '', dirty: !!d?.dirty, path: d?.path }
    }),
  )
  return (
    <div className="bx-tab" data-active={active || undefined}>
      <button
        type="button"
        role="tab"
        aria-selected={active}
        onClick={() => onSelect(id)}
        title={path ?? displayName}
      >
        {dirty ? '● ' : ''}
        {displayName}
      </button>
      <button
        type="button"
        className="bx-tab-close"
        aria-label={`关闭 ${displayName}`}
        onClick={() => onClose(id)}
      >
        ×
      </button>
    </div>
  )
}
