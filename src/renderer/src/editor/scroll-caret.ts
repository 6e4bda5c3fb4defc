import { Range } from 'slate'
import type { ReactEditor } from 'slate-react'

/** The editor's one scroller (ArticleEditor): the title block and the text scroll in it. */
const SCROLLER = '.bx-editor-scroll'

interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/** How far to scroll so that `caret` lies inside `view`, by the least distance (0 when it already does). */
export function scrollToShow(caret: Box, view: Box): { x: number; y: number } {
  const y = caret.top < view.top ? caret.top - view.top : caret.bottom > view.bottom ? caret.bottom - view.bottom : 0
  const x = caret.left < view.left ? caret.left - view.left : caret.right > view.right ? caret.right - view.right : 0
  return { x, y }
}

/**
 * Slate's `scrollSelectionIntoView`, run after every keystroke: scrolls the editor's scroller just enough to
 * show the selection's focus end. Slate's default asks compute-scroll-into-view, which reads the style and box
 * of every ancestor each time (half a millisecond a key at 1,000 paragraphs); the editor has one scroller, so
 * the caret's box and the scroller's say all there is.
 */
export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  const start = domRange.startContainer
  const leaf = start instanceof Element ? start : start.parentElement
  const scroller = leaf?.closest(SCROLLER)
  if (!leaf || !scroller) return
  const caret = domRange.cloneRange()
  caret.collapse(!!editor.selection && Range.isBackward(editor.selection))
  let box: Box = caret.getBoundingClientRect()
  // A caret where no text is laid out (an empty line) has no box: its leaf's stands in.
  if (box.top === 0 && box.bottom === 0 && box.left === 0 && box.right === 0) box = leaf.getBoundingClientRect()
  const frame = scroller.getBoundingClientRect()
  const top = frame.top + scroller.clientTop
  const left = frame.left + scroller.clientLeft
  const { x, y } = scrollToShow(box, { top, bottom: top + scroller.clientHeight, left, right: left + scroller.clientWidth })
  if (x || y) scroller.scrollBy(x, y)
}
