import { describe, expect, it } from 'vitest'
import type { Line } from './frame'
import type { Slab } from './slab'
import { paginate } from './paginate'

const ROW = 10
const area = () => ({ left: 0, top: 0, width: 100, height: 22 * ROW })
const oneColumn = { count: 1, gap: 0, width: 100 }

const line = (text: string): Line => ({ role: 'body', x: 0, baseline: 8, measure: 100, start: 0, width: 100, justified: false, last: true, text, runs: [] })
const slab = (text: string, breakBefore = true): Slab => ({ height: ROW, spaceBefore: 0, lines: [line(text)], items: [], breakBefore })

/** A paragraph of `n` lines that can be set in n + 1. */
function paragraph(name: string, n: number, stretch = 0.1): Slab[] {
  const slabs = Array.from({ length: n }, (_, k) => slab(`${name}${k + 1}`))
  slabs[0]!.loosen = { count: n, make: () => ({ slabs: Array.from({ length: n + 1 }, (_, k) => slab(`${name}${k + 1}′`)), stretch }) }
  return slabs
}

const texts = (lines: readonly Line[]) => lines.map((l) => l.text)

describe('分页', () => {
  it('标题和后面的一行一起换页；网格版面用伸行补满空出的一行', () => {
    const heading = slab('标题')
    const slabs = [...paragraph('甲', 10), ...paragraph('乙', 6, 0.05), ...paragraph('丙', 5, 0.2), heading, slab('正文', false), slab('又一行')]
    const { pages } = paginate(slabs, area, oneColumn)
    expect(pages[0]!.lines).toHaveLength(22)
    // 乙 stretches least, so it takes the extra line.
    expect(texts(pages[0]!.lines)).toContain('乙7′')
    expect(texts(pages[0]!.lines)).toContain('丙5')
    expect(texts(pages[1]!.lines)).toEqual(['标题', '正文', '又一行'])
  })

  it('没有段落能伸行时，标题仍然换页，留下空行', () => {
    const slabs = [...Array.from({ length: 21 }, (_, k) => slab(`行${k}`)), slab('标题'), slab('正文', false)]
    const { pages } = paginate(slabs, area, oneColumn)
    expect(pages[0]!.lines).toHaveLength(21)
    expect(texts(pages[1]!.lines)).toEqual(['标题', '正文'])
  })

  it('页首的段前空白不计', () => {
    const slabs = [...Array.from({ length: 22 }, (_, k) => slab(`行${k}`)), { ...slab('下一段'), spaceBefore: ROW }]
    const { pages } = paginate(slabs, area, oneColumn)
    expect(pages[1]!.lines[0]!.baseline).toBe(8)
  })

  it('比一整页还高的内容照排并计数', () => {
    const tall: Slab = { ...slab('大图'), height: 30 * ROW }
    const result = paginate([slab('前'), tall, slab('后')], area, oneColumn)
    expect(result.tooTall.map((t) => [t.slab.lines[0]!.text, t.page, t.by])).toEqual([['大图', 1, 8 * ROW]])
    expect(result.pages.map((p) => texts(p.lines))).toEqual([['前'], ['大图'], ['后']])
  })
})

describe('转到光标所在页', () => {
  it('记下每个内容块开始的页，伸行后也不丢', () => {
    const tagged = (slabs: Slab[], block: number) => slabs.map((s) => ({ ...s, block }))
    const slabs = [...tagged(paragraph('甲', 10), 0), ...tagged(paragraph('乙', 6, 0.05), 1), ...tagged(paragraph('丙', 5, 0.2), 2), { ...slab('标题'), block: 3 }, { ...slab('正文', false), block: 4 }]
    const { blockPages } = paginate(slabs, area, oneColumn)
    expect([...blockPages.entries()]).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 1],
    ])
  })
})
