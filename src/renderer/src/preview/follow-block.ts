/**
 * The rendered element of the block at or nearest before `block` (empty blocks render nothing). The marked
 * elements come in block order, so the one wanted is found by halving, reading a dozen of them.
 */
function anchorFor(doc: Document, block: number): HTMLElement | undefined {
  const marked = doc.querySelectorAll<HTMLElement>('[data-block]')
  let found: HTMLElement | undefined
  let low = 0
  let high = marked.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const el = marked[mid]!
    if (Number(el.getAttribute('data-block')) <= block) {
      found = el
      low = mid + 1
    } else high = mid - 1
  }
  return found
}

/**
 * Scrolls a preview page (in `win`, drawn at `scale` inside the scrolling `box`) so the element of the
 * caret's block is in view, a third down the pane; a block already in view stays where it is.
 */
export function followBlock(win: Window, box: HTMLElement, scale: number, block: number): void {
  const target = anchorFor(win.document, block)
  if (!target) return
  const r = target.getBoundingClientRect()
  if (r.top < 0 || r.bottom > win.innerHeight)
    win.scrollTo(win.scrollX, win.scrollY + r.top - win.innerHeight / 3)
  const left = r.left * scale
  if (left < box.scrollLeft || left > box.scrollLeft + box.clientWidth) box.scrollLeft = left - 16
}
