import type { GridRect, PageSpec } from '../../../core/page/page'
import type { PageGrid, PagePreset, ResolvedPagePreset } from '../../../core/page/page-preset'
import { contentGrid, type ContentGrid } from '../../../core/page/content-grid'

/**
 * Where the 版面 view draws things, in points on the trimmed page (the print preview's SVG units), and
 * how far a pointer has to travel to move a frame by a column or a row.
 */

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface PageLayoutGrid {
  grid: PageGrid
  /** Rows the 版头 (or 报头) takes above the frames. */
  reserved: number
  content: ContentGrid
}

export function pageLayoutGrid(preset: PagePreset, resolved: ResolvedPagePreset, page: PageSpec): PageLayoutGrid {
  const content = contentGrid(preset, page)
  return { grid: resolved.grid, reserved: resolved.grid.rows - content.rows, content }
}

/** The distance from one column's left edge to the next one's. */
const columnPitch = (g: PageGrid) => g.columnWidth + g.gap

/** A grid rectangle of the content area, in points. */
export function gridBox({ grid, reserved }: PageLayoutGrid, r: GridRect): Box {
  return {
    x: grid.left + r.column * columnPitch(grid),
    y: grid.top + (reserved + r.row) * grid.pitch,
    width: r.columns * grid.columnWidth + (r.columns - 1) * grid.gap,
    height: r.rows * grid.pitch,
  }
}

/** The 版头 or 报头 band at the top of the type area. */
export function headBox({ grid, reserved }: PageLayoutGrid): Box {
  return { x: grid.left, y: grid.top, width: grid.width, height: reserved * grid.pitch }
}

/** A pointer's travel in points as whole columns and rows (the nearest: half a column or row snaps on). */
export function snapTravel({ grid }: PageLayoutGrid, dx: number, dy: number): { columns: number; rows: number } {
  return { columns: Math.round(dx / columnPitch(grid)) || 0, rows: Math.round(dy / grid.pitch) || 0 }
}
