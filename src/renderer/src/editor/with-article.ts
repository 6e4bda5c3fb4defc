import { Editor, Element, Node, Text, Transforms, type NodeEntry } from 'slate'
import { DEFAULT_TEMPLATE_ID } from '../../../core/styles/templates'
import './slate-types'

/** Properties each block type may carry; anything else is left over from a type change and goes. */
const ALLOWED: Record<Element['type'], readonly string[]> = {
  paragraph: ['role'],
  'section-heading': ['template'],
  'heading-line': [],
  heading: ['level', 'number', 'runIn'],
  quote: [],
  image: ['asset', 'alt', 'caption', 'credit', 'width', 'align', 'crop'],
}

/**
 * Keeps the Slate value a valid Article block list whatever the user does (Slate's normalisation: make one
 * fix, return, and let the pass run again). Every rule looks only at the node it is given, so a keystroke
 * in a 3,000-paragraph article normalises one block.
 */
export function withArticle<E extends Editor>(editor: E): E {
  const { isVoid, normalizeNode } = editor

  editor.isVoid = (element) => element.type === 'image' || isVoid(element)

  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [node, path] = entry

    if (Editor.isEditor(node)) {
      if (node.children.length === 0) {
        Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] })
        return
      }
      // The editor is normalised with every keystroke: a plain scan of its children, not Node.children's
      // generator of paths, which cost a quarter of a millisecond a key at 1,000 paragraphs.
      const stray = node.children.findIndex((child) => Text.isText(child))
      if (stray >= 0) {
        Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: [stray] })
        return
      }
    }

    if (Element.isElement(node)) {
      const stray = Object.keys(node).filter(
        (k) => k !== 'type' && k !== 'children' && !ALLOWED[node.type].includes(k),
      )
      if (stray.length) {
        Transforms.unsetNodes(editor, stray, { at: path })
        return
      }
      if (node.type === 'paragraph' && node.role === 'body') {
        Transforms.unsetNodes(editor, 'role', { at: path })
        return
      }
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
