import type { Editor, Range } from 'slate'
import { ReactEditor } from 'slate-react'
import './slate-types'

/**
 * The current match is drawn with the CSS Custom Highlight API rather than a decoration, so stepping
 * through matches never re-renders a text node (and cannot disturb an IME composition).
 */
const NAME = 'bx-find-current'

export function showCurrentMatch(editor: Editor, range: Range | undefined): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights
  if (!registry || typeof Highlight === 'undefined') return
  if (!range) {
    registry.delete(NAME)
    return
  }
  try {
    const dom = ReactEditor.toDOMRange(editor, range)
    registry.set(NAME, new Highlight(dom))
    dom.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' })
  } catch {
    registry.delete(NAME)
  }
}
