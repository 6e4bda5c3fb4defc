/** The rendered element of the block at or nearest before `block` (empty blocks render nothing). */
function anchorFor(doc: Document, block: number): HTMLElement | undefined {
  let found: HTMLElement | undefined
  for (const el of doc.querySelectorAll<HTMLElement>('[data-block]')) {
    if (Number(el.dataset.block) > block) break
    found = el
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
