import type { GridRect, PageSpec } from './page'
import type { PagePreset } from './page-preset'

/**
 * The grid a page's frames sit on, in whole columns and rows: the preset's columns, and the rows of the
 * type area below the 版头 (or the front page's taller 报头).
 */
export interface ContentGrid {
  columns: number
  rows: number
}

export function contentGrid(preset: PagePreset, page: PageSpec): ContentGrid {
  return { columns: preset.columns.count, rows: preset.rows - (page.masthead ? preset.masthead.rows : preset.header.rows) }
}

export function overlaps(a: GridRect, b: GridRect): boolean {
  return a.column < b.column + b.columns && b.column < a.column + a.columns && a.row < b.row + b.rows && b.row < a.row + a.rows
}
