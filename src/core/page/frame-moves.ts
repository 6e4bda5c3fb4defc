import type { ArticleFrame, GridRect, PageDocument } from './page'
import type { ContentGrid } from './content-grid'
import { updateFrame } from './page-edit'

/**
 * Moving and resizing a frame on its page's grid, as a 版面 view drags it: by whole columns and rows,
 * and never off the page. Overlaps are left for the compositor to report: an editor often drags one
 * story over another on the way to swapping them.
 */

/** A frame keeps a column and two rows: the row kept for the rule above it and a line of text. */
const MIN_ROWS = 2

export interface EdgeDeltas {
  left?: number
  right?: number
  top?: number
  bottom?: number
}

export function findFrame(doc: PageDocument, id: string): { frame: ArticleFrame; page: number } | undefined {
  for (const [page, p] of doc.pages.entries()) {
    const frame = p.frames.find((f) => f.id === id)
    if (frame) return { frame, page }
  }
  return undefined
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))

/** The rectangle moved by whole columns and rows, kept on the page. */
export function movedRect(r: GridRect, columns: number, rows: number, grid: ContentGrid): GridRect {
  return {
    ...r,
    column: clamp(r.column + columns, 0, Math.max(0, grid.columns - r.columns)),
    row: clamp(r.row + rows, 0, Math.max(0, grid.rows - r.rows)),
  }
}

/** The rectangle with its edges moved by whole columns and rows, kept on the page and at least its minimum size. */
export function resizedRect(r: GridRect, by: EdgeDeltas, grid: ContentGrid, minColumns = 1): GridRect {
  let left = r.column
  let right = r.column + r.columns
  let top = r.row
  let bottom = r.row + r.rows
  if (by.left) left = clamp(left + by.left, 0, right - minColumns)
  if (by.right) right = clamp(right + by.right, left + minColumns, grid.columns)
  if (by.top) top = clamp(top + by.top, 0, bottom - MIN_ROWS)
  if (by.bottom) bottom = clamp(bottom + by.bottom, top + MIN_ROWS, grid.rows)
  return { column: left, columns: right - left, row: top, rows: bottom - top }
}

const rectOf = ({ column, columns, row, rows }: GridRect): GridRect => ({ column, columns, row, rows })
const sameRect = (a: GridRect, b: GridRect) => a.column === b.column && a.columns === b.columns && a.row === b.row && a.rows === b.rows

/** The frame placed at `rect`; the same document when the frame is already there (a move stopped by the page edge). */
function placed(doc: PageDocument, frame: ArticleFrame, rect: GridRect): PageDocument {
  return sameRect(frame, rect) ? doc : updateFrame(doc, frame.id, rect)
}

export function moveFrame(doc: PageDocument, id: string, columns: number, rows: number, grid: ContentGrid): PageDocument {
  const found = findFrame(doc, id)
  if (!found) return doc
  return placed(doc, found.frame, movedRect(rectOf(found.frame), columns, rows, grid))
}

/** A frame with a 竖题 keeps two columns: the headline's and one of text (a narrower frame narrows the headline). */
export function resizeFrame(doc: PageDocument, id: string, by: EdgeDeltas, grid: ContentGrid): PageDocument {
  const found = findFrame(doc, id)
  if (!found) return doc
  const minColumns = found.frame.headline.direction === 'vertical' ? 2 : 1
  return placed(doc, found.frame, resizedRect(rectOf(found.frame), by, grid, minColumns))
}
