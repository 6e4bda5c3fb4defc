import type { GridRect, PageSpec } from '../page/page'
import type { ResolvedPagePreset } from '../page/page-preset'
import type { Rect } from '../typeset/paginate'

/** Where the page grid puts things, in points on the trimmed page. */

/** Rows the 报头 or the 版头 takes from the top of the type area. */
export function reservedRows(preset: ResolvedPagePreset, page: PageSpec): number {
  return page.masthead ? preset.mastheadRows : preset.headerRows
}

/** Rows of the content area, where frames go. */
export function contentRows(preset: ResolvedPagePreset, page: PageSpec): number {
  return preset.grid.rows - reservedRows(preset, page)
}

/** A grid rectangle of the content area in points. */
export function gridRect(preset: ResolvedPagePreset, page: PageSpec, r: GridRect): Rect {
  const { left, top, columnWidth, gap, pitch } = preset.grid
  return {
    left: left + r.column * (columnWidth + gap),
    top: top + (reservedRows(preset, page) + r.row) * pitch,
    width: r.columns * columnWidth + (r.columns - 1) * gap,
    height: r.rows * pitch,
  }
}

/** `count` columns across `width` with `gap` between them: their left edges and width. */
export function columnsAcross(left: number, width: number, count: number, gap: number): { lefts: number[]; width: number } {
  const w = (width - (count - 1) * gap) / count
  return { lefts: Array.from({ length: count }, (_, i) => left + i * (w + gap)), width: w }
}

/** A length rounded up to whole rows (tolerating float error). */
export function rowsFor(height: number, pitch: number): number {
  return Math.ceil(height / pitch - 1e-6)
}
