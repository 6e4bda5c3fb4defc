import { createEditor, Editor } from 'slate'
import { withHistory } from 'slate-history'
import { withReact } from 'slate-react'
import { withArticle } from './with-article'
import { withHeadingKeys } from './with-heading-keys'
import { withTypingGroups } from './with-typing-groups'
import './slate-types'

/**
 * From this many blocks the editor renders its children in chunks (slate-react ≥0.116), so a keystroke
 * re-renders one chunk instead of every block; below it chunking only adds work (docs/editor.md has figures).
 */
const CHUNKING_FROM_BLOCKS = 1000
const CHUNK_SIZE = 100

export function createArticleEditor(blockCount: number): Editor {
  const editor = withTypingGroups(withHeadingKeys(withArticle(withHistory(withReact(createEditor())))))
  if (blockCount >= CHUNKING_FROM_BLOCKS)
    editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null)
  return editor
}
