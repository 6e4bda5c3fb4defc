import { describe, expect, it } from 'vitest'
import { image, paragraph } from '../model/build'
import type { ImportReview } from '../model/review'
import { isEmptyArticle, withPasted } from './pasted-review'

describe('a paste and the review', () => {
  it('an empty document has no title, no meta and only empty paragraphs', () => {
    expect(isEmptyArticle({ meta: { title: '' }, blocks: [paragraph('')] })).toBe(true)
    expect(isEmptyArticle({ meta: { title: ' ' }, blocks: [paragraph(' '), paragraph('')] })).toBe(true)
    expect(isEmptyArticle({ meta: { title: '标题' }, blocks: [paragraph('')] })).toBe(false)
    expect(isEmptyArticle({ meta: { title: '', author: '林某' }, blocks: [paragraph('')] })).toBe(false)
    expect(isEmptyArticle({ meta: { title: '' }, blocks: [paragraph('字')] })).toBe(false)
    expect(isEmptyArticle({ meta: { title: '' }, blocks: [image('a', '')] })).toBe(false)
  })

  it('the dropped lines and guesses of a paste are listed where the pasted blocks went', () => {
    const existing: ImportReview = {
      source: { name: '稿.docx', format: 'docx' },
      dropped: [{ text: '页脚', kind: 'chrome', reason: '网站页脚', before: 9 }],
      guesses: [],
      changes: [],
    }
    const pasted: Pick<ImportReview, 'dropped' | 'guesses'> = {
      dropped: [{ text: '打印本页', kind: 'chrome', reason: '页面工具栏', before: 0 }],
      guesses: [{ text: '一、要求', at: { block: 1 }, as: '1 级标题', reason: '序号', confidence: 0.9 }],
    }
    const next = withPasted(existing, pasted, 4, { name: '粘贴的内容', format: 'html' })!
    expect(next.source.name).toBe('稿.docx')
    expect(next.dropped.map((d) => [d.text, d.before])).toEqual([['打印本页', 4], ['页脚', 9]])
    expect(next.guesses[0]!.at).toEqual({ block: 5 })
    const fresh = withPasted(undefined, pasted, 0, { name: '粘贴的内容', format: 'html' })!
    expect(fresh.source).toEqual({ name: '粘贴的内容', format: 'html' })
    expect(withPasted(existing, { dropped: [], guesses: [] }, 0, fresh.source)).toBe(existing)
  })
})
