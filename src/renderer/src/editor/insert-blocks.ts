import { Editor, Element, Point, Range, Transforms } from 'slate'
import type { Block } from '../../../core/model/article'
import { blockAtSelection } from './block-at'
import './slate-types'

/**
 * Pastes blocks at the selection. One plain paragraph goes inline into the current line (keeping its
 * marks, taking the line's style, as Word's 「保留文本」 does); anything structured goes between blocks:
 * into an empty paragraph's place, before or after the current block, or into a split of it. Returns the
 * index of the block the paste begins in.
 */
export function insertBlocks(editor: Editor, blocks: Block[]): number {
  if (editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor)
  const only = blocks[0]
  if (!only) return blockAtSelection(editor)?.index ?? editor.children.length
  if (blocks.length === 1 && only.type === 'paragraph' && !only.role) {
    const index = blockAtSelection(editor)?.index ?? editor.children.length
    Transforms.insertFragment(editor, only.children)
    return index
  }
  const at = blockAtSelection(editor)
  if (!at || !editor.selection) {
    const end = editor.children.length
    Transforms.insertNodes(editor, blocks, { at: [end] })
    return end
  }
  const { index } = at
  const point = editor.selection.anchor
  let target = index
  Editor.withoutNormalizing(editor, () => {
    if (at.block.type === 'paragraph' && Editor.string(editor, [index]) === '') {
      Transforms.removeNodes(editor, { at: [index] })
      target = index
    } else if (
      at.block.type !== 'section-heading' &&
      at.block.type !== 'image' &&
      Point.equals(point, Editor.start(editor, [index]))
    ) {
      target = index
    } else if (
      at.block.type === 'section-heading' ||
      at.block.type === 'image' ||
      Point.equals(point, Editor.end(editor, [index]))
    ) {
      target = index + 1
    } else {
      Transforms.splitNodes(editor, {
        at: point,
        match: (n, p) => Element.isElement(n) && p.length === 1,
        always: true,
      })
      target = index + 1
    }
    Transforms.insertNodes(editor, blocks, { at: [target], select: false })
    Transforms.select(editor, Editor.end(editor, [target + blocks.length - 1]))
  })
  return target
}
