import { describe, expect, it } from 'vitest'
import type { Line } from './frame'
import type { Slab } from './slab'
import type { Frame } from './flow'
import { flowSlabs } from './flow'

const ROW = 10
const line = (text: string): Line => ({ role: 'body', x: 0, baseline: 8, measure: 50, start: 0, width: 50, justified: false, last: true, text, runs: [] })
const slab = (text: string, breakBefore = true): Slab => ({ height: ROW, spaceBefore: 0, lines: [line(text)], items: [], breakBefore })
const lines = (n: number, name = '行') => Array.from({ length: n }, (_, k) => slab(`${name}${k + 1}`))
const texts = (ls: readonly Line[]) => ls.map((l) => l.text)

/** A compositor's frames: columns of different heights (an L-shaped article) on page 2. */
const frames: Frame[] = [
  { page: 2, left: 20, top: 100, width: 50, height: 3 * ROW },
  { page: 2, left: 80, top: 100, width: 50, height: 3 * ROW },
  { page: 2, left: 140, top: 60, width: 50, height: 5 * ROW },
]

describe('排入栏框（版面拼版用）', () => {
  it('按顺序排入给定的栏框，行落在栏框所在页的位置上', () => {
    const flow = flowSlabs(lines(9), (i) => frames[i])
    expect(flow.frames.map((f) => texts(f.lines))).toEqual([
      ['行1', '行2', '行3'],
      ['行4', '行5', '行6'],
      ['行7', '行8', '行9'],
    ])
    expect(flow.frames[1]!.lines[0]).toMatchObject({ x: 80, baseline: 108 })
    expect(flow.frames[2]!.used).toBe(3 * ROW)
    expect(flow.rest).toEqual([])
  })

  it('栏框用完时，排不下的内容原样交回（转版或报告超版）', () => {
    const flow = flowSlabs(lines(14), (i) => frames[i])
    expect(flow.frames).toHaveLength(3)
    expect(flow.rest.map((s) => s.lines[0]!.text)).toEqual(['行12', '行13', '行14'])
  })

  it('标题不落在栏框底部：与后面的行一起进入下一个栏框', () => {
    const slabs = [...lines(2), slab('标题'), slab('正文', false), ...lines(3, '后')]
    const flow = flowSlabs(slabs, (i) => frames[i])
    expect(texts(flow.frames[0]!.lines)).toEqual(['行1', '行2'])
    expect(flow.frames[0]!.used).toBe(2 * ROW)
    expect(texts(flow.frames[1]!.lines)).toEqual(['标题', '正文', '后1'])
  })

  it('书签和内容块的页码取栏框所在页', () => {
    const slabs = lines(4).map((s, k) => ({ ...s, block: k, ...(k === 3 ? { bookmark: { title: '小标题', level: 1 } } : {}) }))
    const flow = flowSlabs(slabs, (i) => frames[i])
    expect(flow.bookmarks).toEqual([{ title: '小标题', level: 1, page: 2, y: 100 }])
    expect([...flow.blockPages.values()]).toEqual([2, 2, 2, 2])
  })

  it('只量不排：同样的去处和剩余，但不生成行（拼版试排栏高时用）', () => {
    const slabs = [...lines(2), slab('标题'), slab('正文', false), ...lines(9, '后')]
    const placed = flowSlabs(slabs, (i) => frames[i])
    const measured = flowSlabs(slabs, (i) => frames[i], true)
    expect(measured.frames.map((f) => f.used)).toEqual(placed.frames.map((f) => f.used))
    expect(measured.rest).toEqual(placed.rest)
    expect(measured.frames.every((f) => !f.lines.length && !f.items.length)).toBe(true)
  })

  it('没有栏框时全部交回', () => {
    const flow = flowSlabs(lines(2), () => undefined)
    expect(flow.frames).toEqual([])
    expect(flow.rest).toHaveLength(2)
  })
})
