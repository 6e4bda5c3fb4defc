import { Editor, Transforms } from 'slate'
import { HistoryEditor } from 'slate-history'
import type { Block } from '../../../core/model/article'
import type { Change } from '../../../core/normalize'
import { rangeAt } from './text-at'
import './slate-types'

/**
 * Applies normalisation changes to the body through Slate (so they are undoable, as one step), last
 * first so earlier offsets stay valid. A change whose text is no longer there is skipped.
 */
export function applyBodyChanges(editor: Editor, changes: readonly Change[]): number {
  let applied = 0
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      applied = replaceInBody(editor, changes)
    })
  })
  return applied
}

/** Replaces each change's `before` by its `after` in the body (offsets all in the text as it is), within the current step. */
export function replaceInBody(editor: Editor, changes: readonly Change[]): number {
  const body = changes.filter(
    (c): c is Change & { at: { block: number; line: number } } => !('field' in c.at),
  )
  const ordered = [...body].sort(
    (a, b) => b.at.block - a.at.block || b.at.line - a.at.line || b.offset - a.offset,
  )
  let applied = 0
  for (const c of ordered) {
    const block = editor.children[c.at.block] as Block | undefined
    if (block?.type === 'image') {
      const caption = block.caption ?? ''
      if (caption.slice(c.offset, c.offset + c.before.length) !== c.before) continue
      const next = caption.slice(0, c.offset) + c.after + caption.slice(c.offset + c.before.length)
      Transforms.setNodes(editor, { caption: next }, { at: [c.at.block] })
      applied++
      continue
    }
    const range = rangeAt(editor, c.at, c.offset, c.before.length)
    if (!range || Editor.string(editor, range) !== c.before) continue
    if (c.after) Transforms.insertText(editor, c.after, { at: range })
    else Transforms.delete(editor, { at: range })
    applied++
  }
  return applied
}
