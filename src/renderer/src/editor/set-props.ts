import { Transforms, type Editor, type Node, type Path } from 'slate'
import './slate-types'

/**
 * Changes a node's type and properties. Slate types setNodes per element variant, which cannot express
 * turning one variant into another; normalisation (with-article) drops what the new type does not allow.
 */
export function setProps(editor: Editor, at: Path, props: Record<string, unknown>): void {
  Transforms.setNodes<Node>(editor, props as Partial<Node>, { at })
}
