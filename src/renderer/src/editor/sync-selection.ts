import { Transforms, type Editor } from 'slate'
import { ReactEditor } from 'slate-react'
import './slate-types'

/**
 * slate-react reads DOM selection changes on a short throttle, so a shortcut or toolbar click right after
 * Shift+Arrow would act on the previous selection. Commands read the DOM selection first.
 */
export function syncSelectionFromDom(editor: Editor): void {
  const dom = window.getSelection()
  if (!dom || dom.rangeCount === 0 || !dom.anchorNode || !ReactEditor.hasDOMNode(editor, dom.anchorNode))
    return
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
  if (range) Transforms.select(editor, range)
}
