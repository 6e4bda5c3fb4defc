import { describe, expect, it } from 'vitest'
import { builtinPagePresets, findPagePreset } from './builtin-page-presets'
import { resolvePagePreset } from './page-preset'

const MM = 72 / 25.4

describe('版面版式', () => {
  it.each(builtinPagePresets().map((p) => [p.id, p] as const))('%s：基本栏是整字宽，版心居中，行格是正文行距', (_, preset) => {
    const { grid, articles } = resolvePagePreset(preset)
    const size = 9
    expect(grid.columnWidth).toBeCloseTo(preset.columns.chars * size, 6)
    expect(grid.gap).toBeCloseTo(preset.columns.gap * size, 6)
    expect(grid.left * 2 + grid.width).toBeCloseTo(grid.pageWidth, 6)
    expect(grid.pitch).toBeCloseTo(size * preset.body.leading, 6)
    expect(grid.height).toBeCloseTo(grid.rows * grid.pitch, 6)
    expect(grid.top + grid.height).toBeLessThan(grid.pageHeight - 15 * MM)
    // Every weight sets its text on the same grid; only the headline sizes step down.
    for (const a of articles) expect([a.columns.width, a.gridPitch, a.gridCells, a.gridTracking]).toEqual([articles[0]!.columns.width, grid.pitch, false, 0])
    const titles = articles.map((a) => a.styles.title.size)
    expect([...titles].sort((x, y) => y - x)).toEqual(titles)
  })

  it('四开 273 × 390 mm 六栏，对开 390 × 540 mm 八栏', () => {
    const sikai = resolvePagePreset(findPagePreset('sikai')).grid
    const duikai = resolvePagePreset(findPagePreset('duikai')).grid
    expect([sikai.pageWidth / MM, sikai.pageHeight / MM, sikai.columns]).toEqual([273, 390, 6].map((n, i) => (i < 2 ? expect.closeTo(n, 6) : n)))
    expect([duikai.pageWidth / MM, duikai.pageHeight / MM, duikai.columns]).toEqual([390, 540, 8].map((n, i) => (i < 2 ? expect.closeTo(n, 6) : n)))
  })

  it('an unknown preset names the ones there are', () => {
    expect(() => findPagePreset('bandui')).toThrow(/sikai（四开（六栏））、duikai（对开（八栏））/)
  })
})
