import { Editor, Element, Range, type NodeEntry } from 'slate'
import type { Block } from '../../../core/model/article'
import './slate-types'

/** The top-level block holding the selection's anchor, and which line of a section heading it is in. */
export interface BlockAtSelection {
  block: Block
  index: number
  /** 0 = main line, 1 = sub line, for a section heading. */
  line?: number
}

export function blockAtSelection(editor: Editor): BlockAtSelection | undefined {
  const { selection } = editor
  if (!selection) return undefined
  const path = Range.start(selection).path
  const index = path[0]
  if (index === undefined) return undefined
  const block = editor.children[index] as Block | undefined
  if (!block) return undefined
  return block.type === 'section-heading' ? { block, index, line: path[1] ?? 0 } : { block, index }
}

/** Top-level blocks touched by the selection, in order. */
export function selectedBlocks(editor: Editor): NodeEntry<Block>[] {
  if (!editor.selection) return []
  return [
    ...Editor.nodes(editor, {
      at: Editor.unhangRange(editor, editor.selection),
      match: (n, p) => p.length === 1 && Element.isElement(n),
    }),
  ] as NodeEntry<Block>[]
}
