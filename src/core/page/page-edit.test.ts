import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../model/build'
import type { PageDocument } from './page'
import { addFrame, removeFrame, swapArticles, unplacedArticles, updateFrame } from './page-edit'

const doc = (): PageDocument => ({
  version: 1,
  preset: 'sikai',
  paper: { name: '河川日报' },
  date: '2025-05-01',
  pages: [
    {
      number: 1,
      name: '要闻',
      frames: [
        { id: 'f1', article: 'a', column: 0, columns: 4, row: 0, rows: 30, headline: { direction: 'across', columns: 4, weight: 1, side: 'right' }, figure: { columns: 3 } },
        { id: 'f2', article: 'b', column: 4, columns: 2, row: 0, rows: 30, headline: { direction: 'vertical', columns: 1, weight: 3, side: 'right' } },
      ],
    },
  ],
  articles: { a: article({ title: '甲' }, [paragraph('甲文。')]), b: article({ title: '乙' }, [paragraph('乙文。')]), c: article({ title: '丙' }, [paragraph('丙文。')]) },
})

describe('版面编辑', () => {
  it('moving and resizing a frame leaves the document given untouched', () => {
    const before = doc()
    const after = updateFrame(before, 'f1', { column: 1, rows: 20 })
    expect(after.pages[0]!.frames[0]).toMatchObject({ column: 1, rows: 20, columns: 4 })
    expect(before).toEqual(doc())
  })

  it('narrowing a frame narrows its headline and figure with it; a 竖题 keeps a text column', () => {
    const after = updateFrame(doc(), 'f1', { columns: 2 })
    expect(after.pages[0]!.frames[0]).toMatchObject({ headline: { columns: 2 }, figure: { columns: 2 } })
    const vertical = updateFrame(doc(), 'f1', { headline: { direction: 'vertical', columns: 4, weight: 2, side: 'left' } })
    expect(vertical.pages[0]!.frames[0]!.headline.columns).toBe(3)
  })

  it('swaps the articles of two frames', () => {
    const after = swapArticles(doc(), 'f1', 'f2')
    expect(after.pages[0]!.frames.map((f) => f.article)).toEqual(['b', 'a'])
    expect(swapArticles(doc(), 'f1', 'nope')).toEqual(doc())
  })

  it('lists the articles no frame shows as a frame is removed or added', () => {
    expect(unplacedArticles(doc())).toEqual(['c'])
    expect(unplacedArticles(removeFrame(doc(), 'f2'))).toEqual(['b', 'c'])
    const frame = { ...doc().pages[0]!.frames[1]!, id: 'f3', article: 'c' }
    expect(unplacedArticles(addFrame(doc(), 0, frame))).toEqual([])
  })
})
