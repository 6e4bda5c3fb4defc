import { useEffect, useState } from 'react'
import { isComposing } from '../app/composition'

/**
 * `value` after it has been still for `delay` ms and no IME composition is running, so previews never
 * re-render while the user types (the editor stays responsive; the IME's text node is never touched).
 */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setInterval(() => {
      if (isComposing()) return
      clearInterval(timer)
      setSettled(value)
    }, delay)
    return () => clearInterval(timer)
  }, [value, delay])
  return settled
}
