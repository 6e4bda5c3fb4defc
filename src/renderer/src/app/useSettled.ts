import { useEffect, useRef, useState } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import { isComposing } from './composition'

/**
 * What `select` reads from `store`, once it has been still for `delayMs` and no IME composition is
 * running. The store is followed outside React: a change only restarts a timer, so while the user types
 * nothing re-renders here (no commit on the keystroke path, and the IME's text node is never touched);
 * the component renders once, after the pause.
 */
export function useSettled<S, T>(store: StoreApi<S>, select: (state: S) => T, delayMs: number): T {
  const [settled, setSettled] = useState(() => select(store.getState()))
  const selectRef = useRef(select)
  selectRef.current = select
  const settledRef = useRef(settled)
  settledRef.current = settled

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined
    let latest = settledRef.current
    const follow = (state: S) => {
      const next = selectRef.current(state)
      if (Object.is(next, latest)) return
      latest = next
      clearInterval(timer)
      timer = setInterval(() => {
        if (isComposing()) return
        clearInterval(timer)
        setSettled(latest)
      }, delayMs)
    }
    // A change between the render and this effect is followed too.
    follow(store.getState())
    const unsubscribe = store.subscribe(follow)
    return () => {
      unsubscribe()
      clearInterval(timer)
    }
  }, [store, delayMs])
  return settled
}
