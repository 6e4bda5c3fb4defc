import type { ReactNode } from 'react'

/**
 * The form around one of the user's own items (a portal profile, a heading template): its fields, then
 * 删除, 复制 where the item can be copied, and 应用, which submits only when every field is valid.
 */
export function OwnItemForm({
  valid,
  onApply,
  onDelete,
  onDuplicate,
  children,
}: {
  valid: boolean
  onApply(): void
  onDelete(): void
  onDuplicate?(): void
  children: ReactNode
}) {
  return (
    <form
      className="bx-settings-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (valid) onApply()
      }}
    >
      {children}
      <div className="bx-dialog-buttons">
        <button type="button" onClick={onDelete}>
          删除
        </button>
        {onDuplicate ? (
          <button type="button" onClick={onDuplicate}>
            复制
          </button>
        ) : null}
        <button type="submit" className="bx-primary" disabled={!valid}>
          应用
        </button>
      </div>
    </form>
  )
}
