import type { KeyboardEvent } from 'react'
import type { Editor } from 'slate'
import type { Mark } from '../../../core/model/article'
import { toggleMark } from './marks'
import { syncSelectionFromDom } from './dom-selection'
import './slate-types'

/** Word/WPS mark shortcuts. Undo and redo (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z) are slate-react's own. */
const MARK_KEYS: Record<string, Mark> = { b: 'bold', i: 'italic', u: 'underline' }

export function handleEditorKeyDown(editor: Editor, event: KeyboardEvent): boolean {
  if (event.nativeEvent.isComposing || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey)
    return false
  const mark = MARK_KEYS[event.key.toLowerCase()]
  if (!mark) return false
  event.preventDefault()
  syncSelectionFromDom(editor)
  toggleMark(editor, mark)
  return true
}
