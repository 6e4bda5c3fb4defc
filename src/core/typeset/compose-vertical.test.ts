import { describe, expect, it } from 'vitest'
import { composeVertical } from './compose-vertical'
import type { TextOptions } from './compose-paragraph'
import { fixedMetrics } from './testing/fixed-metrics'

const fonts = fixedMetrics()
const OPTIONS: TextOptions = { hanLatinSpace: 0, tracking: 0, trimLineStartOpening: false, lastLineMin: 2, breakOnCells: false }
const part = (text: string, size: number) => ({ spans: [{ text, style: { face: 'song' as const, size, color: '#000000' } }], size })

describe('竖排', () => {
  it('upright Han, two digits across one em (纵中横), other Latin turned sideways', () => {
    const block = composeVertical([part('第12届COVID论坛', 20)], 400, true, fonts, OPTIONS)
    const runs = block.lines[0]!.runs
    expect(runs.map((r) => [r.text, r.vertical ?? false, r.rotate ?? 0])).toEqual([
      ['第', true, 0],
      ['12', true, 0],
      ['届', true, 0],
      ['COVID', false, 90],
      ['论', true, 0],
      ['坛', true, 0],
    ])
    // Each run starts where the one before ends: 第 (1 em), 12 (1 em across), 届, COVID (its width), 论.
    expect(runs.map((r) => r.y)).toEqual([0, 20, 40, 60, 60 + 5 * 0.5 * 20, 60 + 5 * 0.5 * 20 + 20])
    // 12 in half-width forms fills the em across: its glyphs side by side, the pen moving down one em in all.
    const tcy = runs[1]!.glyphs
    expect(tcy.map((g) => [g.dx, g.advance])).toEqual([
      [0, 0],
      [0.5, 1],
    ])
    // Sideways Latin stands with its baseline a descent in from the column's left edge.
    expect(runs[3]!.x).toBeCloseTo(0.12 * 20, 9)
  })

  it('breaks a long title into balanced lines no longer than the length, and reads them from the right', () => {
    const block = composeVertical([part('城乡社区服务设施建设方案', 10), part('副题', 8)], 100, true, fonts, OPTIONS)
    expect(block.lines.map((l) => l.text)).toEqual(['城乡社区服务', '设施建设方案', '副题'])
    expect(block.height).toBe(60)
    const xs = block.lines.map((l) => l.x)
    expect(xs[0]).toBeGreaterThan(xs[1]!)
    expect(xs[1]).toBeGreaterThan(xs[2]!)
    expect(block.width).toBeCloseTo(10 + 0.3 * 10 + 10 + 0.6 * 10 + 8, 9)
    expect(xs[2]).toBe(0)
  })

  it('read from the left, the first part stands at the left', () => {
    const block = composeVertical([part('引题', 8), part('主题', 10)], 100, false, fonts, OPTIONS)
    expect(block.lines.map((l) => [l.text, l.x])).toEqual([
      ['引题', 0],
      ['主题', 8 + 0.6 * 10],
    ])
    for (const l of block.lines) for (const r of l.runs) expect(r.x).toBe(l.x)
  })
})
