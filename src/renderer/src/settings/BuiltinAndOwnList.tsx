import type { ReactNode } from 'react'

interface Item {
  id: string
  name: string
}

interface Props<T extends Item> {
  builtinTitle: string
  builtin: readonly T[]
  ownTitle: string
  own: readonly T[]
  selected?: string
  onDuplicate(item: T): void
  onSelect(id: string): void
  /** Extra content under the lists (e.g. import from a footer). */
  children?: ReactNode
}

/** The left column of a settings section: built-in items (copy to edit) above the user's own (select to edit). */
export function BuiltinAndOwnList<T extends Item>({ builtinTitle, builtin, ownTitle, own, selected, onDuplicate, onSelect, children }: Props<T>) {
  return (
    <div className="bx-settings-list">
      <div className="bx-list-title">{builtinTitle}</div>
      {builtin.map((item) => (
        <div key={item.id} className="bx-list-item bx-builtin">
          <span>{item.name}</span>
          <button type="button" onClick={() => onDuplicate(item)}>
            复制
          </button>
        </div>
      ))}
      <div className="bx-list-title">{ownTitle}</div>
      {own.map((item) => (
        <button key={item.id} type="button" className="bx-list-item" aria-pressed={item.id === selected} onClick={() => onSelect(item.id)}>
          {item.name}
        </button>
      ))}
      {children}
    </div>
  )
}
