import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../../../core/model/build'
import type { PageBundle } from '../../../core/page/page'
import { createArticleInterner } from './article-interner'

const bundle = (b: string): PageBundle => ({
  page: { version: 1, preset: 'sikai', paper: { name: '河川日报' }, date: '2025-05-01', pages: [{ number: 1, name: '要闻', frames: [] }], articles: { a: article({ title: '甲' }, [paragraph('甲。')]), b: article({ title: '乙' }, [paragraph(b)]) } },
  assetData: {},
})

describe('preview worker: articles as the compositor saw them', () => {
  it('an unchanged article arrives as the object seen before; an edited one as the new copy', () => {
    const intern = createArticleInterner()
    const first = intern(bundle('乙。'))
    const again = intern(bundle('乙。'))
    expect(again.page.articles.a).toBe(first.page.articles.a)
    expect(again.page.articles.b).toBe(first.page.articles.b)
    const edited = intern(bundle('乙，改了。'))
    expect(edited.page.articles.a).toBe(first.page.articles.a)
    expect(edited.page.articles.b).not.toBe(first.page.articles.b)
    expect(edited.page.articles.b!.blocks).toEqual([paragraph('乙，改了。')])
  })
})
