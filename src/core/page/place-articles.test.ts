import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../model/build'
import type { PageBundle, PageSpec } from './page'
import { setLeadStory } from './lead-story'
import { newPageDocument } from './new-page'
import { addArticles, freeRect, newFrame, nextId, placeArticle, removeArticle } from './place-articles'
import { validatePageDocument } from './page-schema'

const grid = { columns: 6, rows: 61 }
const page = (frames: PageSpec['frames']): PageSpec => ({ number: 1, name: '要闻', frames })
const frame = (id: string, column: number, columns: number, row: number, rows: number) => newFrame(id, 'a1', { column, columns, row, rows }, 2)

describe('把稿件放上版面', () => {
  it('a new page file is valid, with the 报头 on 第 1 版 only', () => {
    const first = newPageDocument({ preset: 'sikai', paper: { name: '河川日报' }, date: '2025-05-01', number: 1, name: '要闻' })
    expect(validatePageDocument(first).ok).toBe(true)
    expect(first.pages[0]!.masthead).toBe(true)
    expect(newPageDocument({ preset: 'duikai', paper: { name: '河川日报' }, date: '2025-05-01', number: 3, name: '经济' }).pages[0]!.masthead).toBeUndefined()
  })

  it('embeds articles and their images under new keys, in order', () => {
    const empty: PageBundle = { page: newPageDocument({ preset: 'sikai', paper: { name: '报' }, date: '2025-05-01', number: 1, name: '要闻' }), assetData: {} }
    const one = { article: article({ title: '甲' }, [paragraph('甲。')]), assetData: { p1: new Uint8Array([1]) } }
    const two = { article: article({ title: '乙' }, [paragraph('乙。')]), assetData: {} }
    const first = addArticles(empty, [one])
    const { bundle, keys } = addArticles(first.bundle, [two, one])
    expect([first.keys, keys]).toEqual([['a1'], ['a2', 'a3']])
    expect(bundle.page.articles.a2!.meta.title).toBe('乙')
    expect(bundle.assetData.a3).toEqual({ p1: new Uint8Array([1]) })
    expect(empty.page.articles).toEqual({})
  })

  it('numbers new ids past the ones taken', () => {
    expect(nextId('f', ['f1', 'f3'])).toBe('f2')
    expect(nextId('f', [])).toBe('f1')
  })

  it('finds room top to bottom, left to right, and smaller room when the page is full', () => {
    expect(freeRect(page([]), grid, 2, 20)).toEqual({ column: 0, columns: 2, row: 0, rows: 20 })
    expect(freeRect(page([frame('f1', 0, 4, 0, 30)]), grid, 2, 20)).toEqual({ column: 4, columns: 2, row: 0, rows: 20 })
    const full = page([frame('f1', 0, 6, 0, 57)])
    expect(freeRect(full, grid, 2, 20)).toEqual({ column: 0, columns: 2, row: 57, rows: 4 })
    expect(freeRect(page([frame('f1', 0, 6, 0, 58)]), grid, 2, 20)).toBeUndefined()
  })

  it('a page leads with one 头条: the old one steps down', () => {
    const doc = { ...newPageDocument({ preset: 'sikai', paper: { name: '报' }, date: '2025-05-01', number: 1, name: '要闻' }) }
    const withFrames = { ...doc, pages: [page([newFrame('f1', 'a1', { column: 0, columns: 4, row: 0, rows: 30 }, 1), frame('f2', 4, 2, 0, 30), newFrame('f3', 'a1', { column: 0, columns: 6, row: 30, rows: 20 }, 4)])] }
    const led = setLeadStory(withFrames, 'f2')
    expect(led.pages[0]!.frames.map((f) => f.headline.weight)).toEqual([2, 1, 4])
    expect(setLeadStory(withFrames, 'nope')).toBe(withFrames)
  })
})

describe('放上版面与移出', () => {
  const bundle = () =>
    addArticles({ page: newPageDocument({ preset: 'sikai', paper: { name: '报' }, date: '2025-05-01', number: 1, name: '要闻' }), assetData: {} }, [
      { article: article({ title: '甲' }, [paragraph('甲。')]), assetData: { p1: new Uint8Array([1]) } },
      { article: article({ title: '乙' }, [paragraph('乙。')]), assetData: {} },
    ]).bundle

  it('places stories where there is room: the first as 头条, the next beside it', () => {
    const one = placeArticle(bundle().page, 0, 'a1', grid)
    const two = placeArticle(one, 0, 'a2', grid)
    expect(two.pages[0]!.frames.map((f) => [f.id, f.article, f.column, f.columns, f.row, f.rows, f.headline.weight])).toEqual([
      ['f1', 'a1', 0, 2, 0, 20, 1],
      ['f2', 'a2', 2, 2, 0, 20, 3],
    ])
    const full = { ...two, pages: [page([frame('f9', 0, 6, 0, 61)])] }
    expect(placeArticle(full, 0, 'a1', grid)).toBe(full)
  })

  it('takes out only an article no frame shows, with its images', () => {
    const placed = { ...bundle(), page: placeArticle(bundle().page, 0, 'a1', grid) }
    expect(removeArticle(placed, 'a1')).toBe(placed)
    const out = removeArticle(placed, 'a2')
    expect(Object.keys(out.page.articles)).toEqual(['a1'])
    const gone = removeArticle(bundle(), 'a1')
    expect([Object.keys(gone.page.articles), Object.keys(gone.assetData)]).toEqual([['a2'], ['a2']])
  })
})
