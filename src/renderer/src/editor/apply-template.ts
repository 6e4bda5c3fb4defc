import { Editor, Element, Transforms } from 'slate'
import './slate-types'

/** Sets the template of one section heading (by block index) or of every section heading, as one undo step. */
export function applyTemplate(editor: Editor, templateId: string, scope: number | 'all'): void {
  Editor.withoutNormalizing(editor, () => {
    editor.children.forEach((node, i) => {
      if (!Element.isElement(node) || node.type !== 'section-heading') return
      if (scope === 'all' || scope === i) Transforms.setNodes(editor, { template: templateId }, { at: [i] })
    })
  })
}
