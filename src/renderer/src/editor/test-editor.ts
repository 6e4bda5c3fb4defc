import { createEditor, Transforms, type Descendant, type Editor, type Point } from 'slate'
import { withHistory } from 'slate-history'
import type { Block } from '../../../core/model/article'
import { withArticle } from './with-article'
import { withHeadingKeys } from './with-heading-keys'
import './slate-types'

/** A headless editor with the document plugins (no DOM), its value set and the caret placed. */
export function testEditor(blocks: Block[], at?: Point): Editor {
  const editor = withHeadingKeys(withArticle(withHistory(createEditor() as Editor)))
  editor.children = structuredClone(blocks) as Descendant[]
  if (at) Transforms.select(editor, at)
  return editor
}

export const value = (editor: Editor): Block[] => editor.children as Block[]
