import { Editor, Transforms, type Range } from 'slate'
import { ReactEditor } from 'slate-react'
import type { Block, Inline } from '../../../core/model/article'
import { pointInLine } from '../../../core/edit/text-lines'
import type { TextAt } from '../../../core/normalize'
import './slate-types'

/** The Slate range of `length` characters at `offset` in a block's line (not for meta fields or captions). */
export function rangeAt(
  editor: Editor,
  at: Extract<TextAt, { block: number }>,
  offset: number,
  length: number,
): Range | undefined {
  const block = editor.children[at.block] as Block | undefined
  if (!block || block.type === 'image') return undefined
  const path = block.type === 'section-heading' ? [at.block, at.line] : [at.block]
  const children: Inline[] | undefined =
    block.type === 'section-heading' ? block.children[at.line]?.children : block.children
  if (!children) return undefined
  return {
    anchor: pointInLine(path, children, offset, 'forward'),
    focus: pointInLine(path, children, offset + length, 'backward'),
  }
}

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
