/**
 * Slate marks every element with data-slate-node="element"; a top-level block is a child of the editor or,
 * when the editor renders in chunks, of a chunk (a heading's lines are children of the heading).
 */
const TOP_BLOCK = ':scope > [data-slate-node="element"], [data-slate-chunk] > [data-slate-node="element"]'

/**
 * The index of the top-level article block holding the editor's caret, read from the DOM selection so
 * the preview needs nothing from the editor. The blocks are listed by a selector and the caret's one found
 * by halving, so a dozen of a long article's elements reach script, not all of them (docs/editor.md).
 */
export function cursorBlockIndex(): number | undefined {
  const selection = document.getSelection()
  let node: Node | null = selection?.anchorNode ?? null
  let top: Element | undefined
  while (node) {
    if (node instanceof Element && node.matches('[data-slate-node="element"]')) top = node
    if (node instanceof Element && node.matches('[data-slate-editor]')) break
    node = node.parentNode
  }
  if (!top || !node) return undefined
  return indexInDocumentOrder((node as Element).querySelectorAll(TOP_BLOCK), top)
}

/** Where `element` is in `list` (in document order), found by halving; undefined when it is not there. */
export function indexInDocumentOrder(list: NodeListOf<Element>, element: Element): number | undefined {
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const at = list[mid]!
    if (at === element) return mid
    if (at.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) low = mid + 1
    else high = mid - 1
  }
  return undefined
}
