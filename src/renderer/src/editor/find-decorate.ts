import { Element, type NodeEntry, type Range } from 'slate'
import { findMatches } from '../../../core/edit/find'
import type { Inline } from '../../../core/model/article'
import './slate-types'

/**
 * Highlights every match of `pattern` by decorating each line element from its own current text, so a
 * highlight can never point at text that an edit has just moved (no document-wide match list to go stale).
 */
export function findDecorate(pattern: RegExp): (entry: NodeEntry) => Range[] {
  return ([node, path]) => {
    if (!Element.isElement(node) || node.type === 'section-heading' || node.type === 'image') return []
    const children = node.children as Inline[]
    let text = ''
    for (const c of children) text += c.text
    if (!text) return []
    return findMatches([{ path, children, text }], pattern).map((m) => ({ ...m.range, findMatch: true }))
  }
}
