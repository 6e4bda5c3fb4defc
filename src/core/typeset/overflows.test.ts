import { describe, expect, it } from 'vitest'
import type { Line, Page } from './frame'
import { findOverflows, overflowWarning } from './overflows'

const MM = 72 / 25.4
const line = (text: string, width: number, extra: Partial<Line> = {}): Line => ({ role: 'body', x: 0, baseline: 10, measure: 100, start: 0, width, justified: false, last: true, text, runs: [], ...extra })

describe('排不下的内容', () => {
  it('比栏宽的行列出来（悬挂的句号不算），告诉读者在第几页、超出多少', () => {
    const pages: Page[] = [{ label: '1', items: [], lines: [line('正常的一行', 100), line('悬挂句号。', 105, { overhang: 5 }), line('https://example.org/a-very-long-path', 100 + 2 * MM)] }]
    const found = findOverflows(pages, [])
    expect(found).toEqual([{ kind: 'line', page: 0, text: 'https://example.org/a-very-long-path', by: expect.closeTo(2 * MM, 6) }])
    expect(overflowWarning(found[0]!)).toBe('第 1 页有一行排不进栏宽，超出 2.0 毫米：「https://example.…」。')
  })

  it('比整栏还高的块也列出来', () => {
    const slab = { height: 400, spaceBefore: 0, lines: [line('图注', 20)], items: [], breakBefore: true }
    const [found] = findOverflows([], [{ slab, page: 2, by: 30 * MM }])
    expect(found).toMatchObject({ kind: 'block', page: 2, text: '图注' })
    expect(overflowWarning(found!)).toBe('第 3 页有内容比一整栏还高，超出版心 30.0 毫米：「图注」。')
  })
})
