import type { ReactNode } from 'react'
import { useModal } from './useModal'

interface Props {
  /** The id of the dialog's heading, its accessible name. */
  labelledBy: string
  /** Added to `bx-dialog`. */
  className?: string
  /**
   * What Esc does. The dialog never closes itself (the app unmounts it), so every dialog states its rule:
   * close, choose the safe answer, or `null` while Esc must do nothing (an export running).
   */
  onCancel: (() => void) | null
  children: ReactNode
}

/** A modal dialog (useModal: focus trap, backdrop, the rest of the page inert) with an explicit cancel rule. */
export function Modal({ labelledBy, className, onCancel, children }: Props) {
  const ref = useModal()
  return (
    <dialog
      ref={ref}
      className={className ? `bx-dialog ${className}` : 'bx-dialog'}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault()
        onCancel?.()
      }}
    >
      {children}
    </dialog>
  )
}
