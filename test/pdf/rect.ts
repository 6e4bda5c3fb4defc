/** A rectangle on a page, in points from the top left corner (as read-pdf gives glyphs). */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

export const rectText = (r: Rect) =>
  `[${r.left.toFixed(1)}, ${r.top.toFixed(1)} – ${r.right.toFixed(1)}, ${r.bottom.toFixed(1)}]`
