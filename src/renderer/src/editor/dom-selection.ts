import { useEffect, useLayoutEffect } from 'react'
import { Range, Transforms, type Editor } from 'slate'
import { ReactEditor, useSlate } from 'slate-react'
import './slate-types'

/**
 * slate-react reads DOM selection changes on a short throttle, so a shortcut or toolbar click right after
 * Shift+Arrow would act on the previous selection. Commands read the DOM selection first.
 */
export function syncSelectionFromDom(editor: Editor): void {
  unread.delete(editor)
  const dom = window.getSelection()
  if (!dom || dom.rangeCount === 0 || !dom.anchorNode || !ReactEditor.hasDOMNode(editor, dom.anchorNode))
    return
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
  if (range) Transforms.select(editor, range)
}

interface DomPoints {
  anchorNode: Node | null
  anchorOffset: number
  focusNode: Node | null
  focusOffset: number
}

/** Keys whose default action moves the caret or selection, when slate-react leaves them to the browser. */
const NATIVE_MOVES = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'])

/** The DOM selection as it was when a key or a press began to move it, until Slate has read the move. */
const unread = new WeakMap<Editor, DomPoints>()

const pointsOf = (s: Selection): DomPoints => ({
  anchorNode: s.anchorNode,
  anchorOffset: s.anchorOffset,
  focusNode: s.focusNode,
  focusOffset: s.focusOffset,
})

const samePoints = (a: DomPoints, b: DomPoints): boolean =>
  a.anchorNode === b.anchorNode &&
  a.anchorOffset === b.anchorOffset &&
  a.focusNode === b.focusNode &&
  a.focusOffset === b.focusOffset

function movesNatively(event: Event): boolean {
  if (event instanceof KeyboardEvent)
    return (
      !event.isComposing &&
      (NATIVE_MOVES.has(event.key) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a'))
    )
  return event instanceof MouseEvent && event.button === 0
}

/**
 * Slate hears of a move the browser made only at `selectionchange`, a task of its own, and Chrome runs
 * input before React's scheduled render. A render of Editable in between puts Slate's older selection
 * back into the DOM: Shift+→ twice then selected one character, and a caret moved by Home jumped back.
 * Rendered just before Editable (so its layout effect runs first), this takes such a move into Slate.
 */
export function NativeSelectionIntake(): null {
  const editor = useSlate()
  useEffect(() => {
    const began = (event: Event): void => {
      const selection = document.getSelection()
      // Listening on the document, after React's handlers: a move slate-react makes itself is prevented.
      if (!event.defaultPrevented && selection && ReactEditor.hasEditableTarget(editor, event.target) && movesNatively(event))
        unread.set(editor, pointsOf(selection))
    }
    // Where slate-react reads the DOM selection itself.
    const read = (): void => void unread.delete(editor)
    document.addEventListener('keydown', began)
    document.addEventListener('mousedown', began)
    document.addEventListener('selectionchange', read)
    document.addEventListener('beforeinput', read, true)
    document.addEventListener('click', read, true)
    return () => {
      document.removeEventListener('keydown', began)
      document.removeEventListener('mousedown', began)
      document.removeEventListener('selectionchange', read)
      document.removeEventListener('beforeinput', read, true)
      document.removeEventListener('click', read, true)
    }
  }, [editor])
  useLayoutEffect(() => takeUnreadMove(editor))
  return null
}

function takeUnreadMove(editor: Editor): void {
  const before = unread.get(editor)
  const dom = window.getSelection()
  if (!before || !dom || dom.rangeCount === 0 || ReactEditor.isComposing(editor) || !ReactEditor.isFocused(editor))
    return
  unread.delete(editor)
  const inText = ReactEditor.hasEditableTarget(editor, dom.anchorNode) && ReactEditor.hasTarget(editor, dom.focusNode)
  if (samePoints(before, pointsOf(dom)) || !inText) return
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range)
}
