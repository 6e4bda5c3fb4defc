import { Editor, Transforms } from 'slate'
import { ReactEditor } from 'slate-react'
import type { TextAt } from '../../../core/normalize'
import { rangeAt } from './text-at'
import './slate-types'

/** Selects a spot the lint panel points at and brings it into view. */
export function revealAt(
  editor: Editor,
  at: Extract<TextAt, { block: number }>,
  offset: number,
  length: number,
): void {
  const node = editor.children[at.block]
  if (!node) return
  Transforms.select(editor, rangeAt(editor, at, offset, length) ?? Editor.range(editor, [at.block]))
  ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' })
}
