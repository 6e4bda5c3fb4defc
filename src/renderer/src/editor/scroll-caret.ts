import { Editor, Range } from 'slate'
import { ReactEditor } from 'slate-react'
import './slate-types'

/**
 * Scrolls `scroller` (the editor's scrolling box) just enough to show the caret, the selection's focus end, as
 * slate-react's default does (block and inline 'nearest', only if needed). The default asks every ancestor up
 * to the window whether it scrolls, reading a computed style and the scroll sizes of each after every
 * keystroke; here only `scroller` scrolls, so two rectangles are all it reads.
 */
export function scrollCaretIntoView(scroller: HTMLElement | null, editor: Editor, domRange: globalThis.Range): void {
  if (!scroller) return
  const { selection } = editor
  const backward = !!selection && Range.isBackward(selection)
  // A forward selection that ends at the start of the next block shows where its text ends.
  const unhung = selection && !backward && Range.isExpanded(selection) ? Editor.unhangRange(editor, selection) : selection
  const moved = unhung && selection && !Range.equals(unhung, selection) ? ReactEditor.resolveDOMRange(editor, unhung) : null
  const caret = (moved ?? domRange).cloneRange()
  caret.collapse(backward)
  const rect = caret.getBoundingClientRect()
  // Chrome has no box for a caret between some nodes; the caret is then where the browser put it already.
  if (rect.width === 0 && rect.height === 0 && rect.x === 0 && rect.y === 0) return
  const box = scroller.getBoundingClientRect()
  const top = box.top + scroller.clientTop
  const bottom = top + scroller.clientHeight
  if (rect.top < top) scroller.scrollTop -= top - rect.top
  else if (rect.bottom > bottom) scroller.scrollTop += rect.bottom - bottom
  const left = box.left + scroller.clientLeft
  const right = left + scroller.clientWidth
  if (rect.left < left) scroller.scrollLeft -= left - rect.left
  else if (rect.right > right) scroller.scrollLeft += rect.right - right
}
