import { describe, expect, it } from 'vitest'
import { findPagePreset } from '../../../core/page/builtin-page-presets'
import { resolvePagePreset } from '../../../core/page/page-preset'
import { gridBox, headBox, pageLayoutGrid, snapTravel } from './page-geometry'

const preset = findPagePreset('sikai')
const resolved = resolvePagePreset(preset)
const front = pageLayoutGrid(preset, resolved, { number: 1, name: '要闻', masthead: true, frames: [] })
const inside = pageLayoutGrid(preset, resolved, { number: 2, name: '综合', frames: [] })

describe('版面视图的坐标', () => {
  it('the whole content grid fills the type area below the 报头 or 版头', () => {
    const { grid } = resolved
    for (const g of [front, inside]) {
      const all = gridBox(g, { column: 0, columns: g.content.columns, row: 0, rows: g.content.rows })
      const head = headBox(g)
      expect(all.x).toBeCloseTo(grid.left, 6)
      expect(all.width).toBeCloseTo(grid.width, 6)
      expect(head.y + head.height).toBeCloseTo(all.y, 6)
      expect(all.y + all.height).toBeCloseTo(grid.top + grid.height, 6)
    }
    expect(headBox(front).height).toBeGreaterThan(headBox(inside).height)
  })

  it('a pointer snaps to the nearest whole column and row', () => {
    const { columnWidth, gap, pitch } = resolved.grid
    expect(snapTravel(front, columnWidth + gap, 0)).toEqual({ columns: 1, rows: 0 })
    expect(snapTravel(front, 0.4 * (columnWidth + gap), 2.6 * pitch)).toEqual({ columns: 0, rows: 3 })
    expect(snapTravel(front, -1.6 * (columnWidth + gap), -0.4 * pitch)).toEqual({ columns: -2, rows: 0 })
  })
})
