import type { Editor, Range } from 'slate'
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
