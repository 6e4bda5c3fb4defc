import { useEffect, useState } from 'react'
import { isComposing } from '../app/composition'
import { cursorBlockIndex } from './cursor-block'

/** How long the caret must rest before a preview follows it: typing moves it on every key. */
const SETTLE_MS = 250

/**
 * The article block holding the editor's caret once it has settled (the last one while the caret is
 * outside the body, e.g. in a title field or the find bar). Read from the DOM selection, so the
 * preview needs nothing from the editor and costs a keystroke only a timer reset.
 */
export function useCaretBlock(): number | undefined {
  const [block, setBlock] = useState(cursorBlockIndex)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const settle = () => {
      clearTimeout(timer)
      timer = setTimeout(
        () => (isComposing() ? settle() : setBlock((last) => cursorBlockIndex() ?? last)),
        SETTLE_MS,
      )
    }
    document.addEventListener('selectionchange', settle)
    return () => {
      document.removeEventListener('selectionchange', settle)
      clearTimeout(timer)
    }
  }, [])
  return block
}
