import { describe, expect, it } from 'vitest'
import type { Line } from './frame'
import type { Slab } from './slab'
import { stackPieces } from './stack-pieces'

const line = (text: string): Line => ({ role: 'body', x: 0, baseline: 8, measure: 100, start: 0, width: 100, justified: false, last: true, text, runs: [] })
const slabs = (...texts: string[]): Slab[] => texts.map((t) => ({ height: 10, spaceBefore: 0, lines: [line(t)], items: [], breakBefore: true }))
const exact = { keepWithHeading: 2, round: (space: number) => space }

describe('块间距与保持（stackPieces）', () => {
  it('两块之间取前块段后与后块段前中较大者，网格上取整行', () => {
    const pieces = [
      { slabs: slabs('甲1', '甲2'), before: 0, after: 12 },
      { slabs: slabs('乙'), before: 7, after: 0 },
    ]
    expect(stackPieces(pieces, exact).map((s) => s.spaceBefore)).toEqual([0, 0, 12])
    expect(stackPieces(pieces, { ...exact, round: (s) => Math.round(s / 10) * 10 }).map((s) => s.spaceBefore)).toEqual([0, 0, 10])
  })

  it('标题后的若干行不能与它分页；空块不占间距', () => {
    const out = stackPieces(
      [
        { slabs: slabs('标题'), before: 0, after: 30, heading: true },
        { slabs: [], before: 50, after: 50 },
        { slabs: slabs('一', '二', '三'), before: 0, after: 0, block: 4 },
      ],
      exact,
    )
    expect(out.map((s) => [s.lines[0]!.text, s.breakBefore, s.spaceBefore, s.block])).toEqual([
      ['标题', true, 0, undefined],
      ['一', false, 30, 4],
      ['二', false, 0, 4],
      ['三', true, 0, 4],
    ])
  })

  it('通栏块标明跨栏，不改动传入的块', () => {
    const title = slabs('主题')
    const out = stackPieces([{ slabs: title, before: 5, after: 0, span: true }], exact)
    expect(out[0]).toMatchObject({ spanColumns: true, spaceBefore: 5 })
    expect(title[0]).not.toHaveProperty('spanColumns')
  })
})
