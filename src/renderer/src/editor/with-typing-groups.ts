import type { Editor } from 'slate'
import { HistoryEditor } from 'slate-history'
import './slate-types'

/**
 * slate-history merges all contiguous typing into one undo step, so Ctrl+Z would take back a whole
 * paragraph typed in one go. A pause starts a new step, the way Word and WPS group typing.
 */
const PAUSE_MS = 1000

export function withTypingGroups<E extends Editor>(
  editor: E,
  now: () => number = () => performance.now(),
): E {
  const { apply } = editor
  let last = -Infinity
  editor.apply = (op) => {
    const typing = op.type === 'insert_text' || op.type === 'remove_text'
    const t = now()
    const paused = typing && t - last > PAUSE_MS && editor.operations.length === 0
    if (typing) last = t
    if (paused && HistoryEditor.isMerging(editor) === undefined)
      HistoryEditor.withoutMerging(editor, () => apply(op))
    else apply(op)
  }
  return editor
}
