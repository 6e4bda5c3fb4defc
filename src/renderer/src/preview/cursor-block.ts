/**
 * The index of the top-level article block holding the editor's caret, read from the DOM selection so
 * the preview needs nothing from the editor. Slate marks every element with data-slate-node="element";
 * a top-level block is one with no element above it (chunking may wrap blocks in plain divs).
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
  const blocks = Array.from((node as Element).querySelectorAll('[data-slate-node="element"]')).filter(
    (el) => !el.parentElement?.closest('[data-slate-node="element"]'),
  )
  const index = blocks.indexOf(top)
  return index < 0 ? undefined : index
}
