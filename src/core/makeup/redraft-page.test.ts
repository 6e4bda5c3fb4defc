import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../model/build'
import type { ArticleFrame, PageDocument } from '../page/page'
import { storiesToDraft, withDraftedFrames } from './redraft-page'

const frame = (id: string, key: string, column: number, row: number, weight: 1 | 2 | 3 | 4 | 5, direction: 'across' | 'vertical' = 'across'): ArticleFrame => ({
  id,
  article: key,
  column,
  columns: 2,
  row,
  rows: 10,
  headline: { direction, columns: direction === 'vertical' ? 1 : 2, weight, side: 'right' },
})

const story = (title: string) => article({ title }, [paragraph(`${title}。`)])

function doc(): PageDocument {
  return {
    version: 1,
    preset: 'sikai',
    paper: { name: '河川日报' },
    date: '2025-05-01',
    pages: [
      { number: 1, name: '要闻', frames: [frame('f1', 'b', 2, 0, 3), frame('f2', 'a', 0, 10, 3, 'vertical'), frame('f3', 'c', 0, 0, 1)] },
      { number: 2, name: '综合', frames: [frame('f4', 'd', 0, 0, 1)] },
    ],
    articles: { a: story('甲'), b: story('乙'), c: story('丙'), d: story('丁'), e: story('戊') },
  }
}

describe('自动排版 of one 版', () => {
  it('drafts the page’s stories by weight then place, the 头条 first and marked, a chosen 竖题 kept, then the unplaced stories', () => {
    expect(storiesToDraft(doc(), 0)).toEqual([{ key: 'c', lead: true }, { key: 'b' }, { key: 'a', headline: 'vertical' }, { key: 'e' }])
  })

  it('refuses a page holding a story that continues on another 版, and a page with nothing to draft', () => {
    const jump = doc()
    jump.pages[1]!.frames.push(frame('f5', 'b', 2, 0, 3))
    expect(() => storiesToDraft(jump, 0)).toThrow(/「乙」转到了别的版/)
    const empty: PageDocument = { ...doc(), pages: [{ number: 1, name: '要闻', frames: [] }], articles: {} }
    expect(() => storiesToDraft(empty, 0)).toThrow('这一版还没有稿件')
  })

  it('puts the draft’s frames on that 版 only, with ids no other 版 uses, and none for a story no longer in the file', () => {
    const drafted = withDraftedFrames(doc(), 1, [frame('frame-d', 'd', 0, 0, 1), frame('frame-x', 'x', 0, 10, 3), frame('frame-e', 'e', 2, 0, 2)])
    expect(drafted.pages[0]).toEqual(doc().pages[0])
    expect(drafted.pages[1]!.frames.map((f) => [f.id, f.article])).toEqual([
      ['f4', 'd'],
      ['f5', 'e'],
    ])
  })
})
