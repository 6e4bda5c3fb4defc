import { Editor, Element, Node, Transforms, type NodeEntry } from 'slate'
import { DEFAULT_TEMPLATE_ID } from '../../../core/styles/templates'

/**
 * Keeps the Slate value a valid Article block list whatever the user does (Slate's normalisation: make one
 * fix, return, and let the pass run again).
 */
export function withArticle<E extends Editor>(editor: E): E {
  const { isVoid, normalizeNode } = editor

  editor.isVoid = (element) => element.type === 'image' || isVoid(element)

  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [node, path] = entry

    if (Editor.isEditor(node) && node.children.length === 0) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] })
      return
    }

    if (Element.isElement(node) && path.length === 1 && node.type === 'heading-line') {
      // A heading line pulled out of its heading becomes an ordinary paragraph.
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path })
      return
    }

    if (Element.isElement(node) && node.type === 'section-heading') {
      for (const [child, childPath] of Node.children(editor, path)) {
        if (!Element.isElement(child)) {
          Transforms.wrapNodes(editor, { type: 'heading-line', children: [] }, { at: childPath })
          return
        }
      }
      if (node.children.length > 2) {
        // A third line cannot be part of a two-line heading: it moves out as a paragraph after it.
        Transforms.moveNodes(editor, { at: [...path, 2], to: [path[0]! + 1] })
        return
      }
      if (!node.template) {
        Transforms.setNodes(editor, { template: DEFAULT_TEMPLATE_ID }, { at: path })
        return
      }
    }

    if (Element.isElement(node) && path.length > 1 && node.type !== 'heading-line') {
      // Blocks never nest: lift anything pasted inside another block to the top level.
      Transforms.liftNodes(editor, { at: path })
      return
    }

    normalizeNode(entry, options)
  }

  return editor
}
