import { useEffect, useRef } from 'react'

/**
 * A ref for a <dialog> that opens it modally once mounted: showModal() gives the focus trap, the
 * ::backdrop and Esc-as-cancel that an `open` attribute does not, and makes the rest of the page inert.
 */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return ref
}
