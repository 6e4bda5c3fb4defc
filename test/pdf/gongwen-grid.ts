import type { GridSpec } from './check-pdf'

const MM = 72 / 25.4

/**
 * GB/T 9704—2012 §5.2: on A4, a 156 × 225 mm type area 37 mm below the top edge and 28 mm from the
 * binding edge (the left on odd pages, the right on even ones: printed on both sides), 22 lines of 28
 * characters of 三号 (16 pt). Stated from the standard rather than read from Banxin's preset, so the check is independent.
 */
export const GONGWEN_GRID: GridSpec = {
  rows: 22,
  cols: 28,
  size: 16,
  area: (page) => {
    const left = (page % 2 === 1 ? 28 : 210 - 28 - 156) * MM
    return { left, top: 37 * MM, right: left + 156 * MM, bottom: (37 + 225) * MM }
  },
}
