import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../../../core/model/build'
import { newPageDocument } from '../../../core/page/new-page'
import type { PageBundle } from '../../../core/page/page'
import { addArticles } from '../../../core/page/place-articles'
import { EMPTY_HISTORY, record, redo, undo, withArticle } from './page-history'

const start = (): PageBundle =>
  addArticles({ page: newPageDocument({ preset: 'sikai', paper: { name: '河川日报' }, date: '2025-05-01', number: 1, name: '要闻' }), assetData: {} }, [
    { article: article({ title: '甲' }, [paragraph('甲文。')]), assetData: {} },
  ]).bundle
const dated = (p: PageBundle, date: string): PageBundle => ({ ...p, page: { ...p.page, date } })
const named = (p: PageBundle, name: string): PageBundle => ({ ...p, page: { ...p.page, pages: [{ ...p.page.pages[0]!, name }] } })

describe('版面的撤销与重做', () => {
  it('undoes and redoes each edit in turn; a new edit drops what could be redone', () => {
    const a = start()
    const b = record(a, dated(a, '2025-05-02'), EMPTY_HISTORY)
    const c = record(b.page, dated(b.page, '2025-05-03'), b.history)
    const back = undo(c.page, c.history)
    expect(back.page.page.date).toBe('2025-05-02')
    expect(undo(back.page, back.history).page.page.date).toBe('2025-05-01')
    const again = redo(back.page, back.history)
    expect(again.page.page.date).toBe('2025-05-03')
    const branch = record(back.page, dated(back.page, '2025-06-01'), back.history)
    expect(branch.history.future).toEqual([])
    expect(redo(branch.page, branch.history).page).toBe(branch.page)
  })

  it('typing in one field is one step; another field starts a new one', () => {
    let s = { page: start(), history: EMPTY_HISTORY }
    for (const name of ['综', '综合', '综合新闻']) s = record(s.page, named(s.page, name), s.history, 'name')
    s = record(s.page, dated(s.page, '2025-05-09'), s.history, 'date')
    expect(s.history.past).toHaveLength(2)
    const once = undo(s.page, s.history)
    expect([once.page.page.pages[0]!.name, once.page.page.date]).toEqual(['综合新闻', '2025-05-01'])
    expect(undo(once.page, once.history).page.page.pages[0]!.name).toBe('要闻')
  })

  it('an edit that changes nothing is no step', () => {
    const a = start()
    expect(record(a, a, EMPTY_HISTORY).history).toBe(EMPTY_HISTORY)
  })

  it('undoing a page edit keeps the article text written since', () => {
    const a = start()
    const moved = record(a, dated(a, '2025-05-02'), EMPTY_HISTORY)
    const typed = withArticle(moved.page, 'a1', article({ title: '甲' }, [paragraph('甲文，又写了一句。')]), { p1: new Uint8Array([7]) })
    const back = undo(typed, moved.history)
    expect(back.page.page.date).toBe('2025-05-01')
    expect(back.page.page.articles.a1!.blocks).toEqual([paragraph('甲文，又写了一句。')])
    expect(back.page.assetData.a1).toEqual({ p1: new Uint8Array([7]) })
  })

  it('undoing 添加稿件 takes the article out again; redo brings it back', () => {
    const a = start()
    const added = addArticles(a, [{ article: article({ title: '乙' }, [paragraph('乙文。')]), assetData: {} }]).bundle
    const s = record(a, added, EMPTY_HISTORY)
    const back = undo(s.page, s.history)
    expect(Object.keys(back.page.page.articles)).toEqual(['a1'])
    expect(Object.keys(redo(back.page, back.history).page.page.articles)).toEqual(['a1', 'a2'])
  })
})
