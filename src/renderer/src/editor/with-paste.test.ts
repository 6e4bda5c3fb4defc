import { describe, expect, it } from 'vitest'
import { Transforms } from 'slate'
import { paragraph } from '../../../core/model/build'
import type { ArticleMeta } from '../../../core/model/article'
import { blockText } from '../../../core/model/text'
import type { EditorHost } from './editor-host'
import { testEditor, value } from './test-editor'
import { withPaste } from './with-paste'
import { withReview } from './with-review'

/** A portal page copied whole as plain text, written for this test: nav, headline, meta line, body, chrome. */
const PAGE = [
  '首页 | 新闻中心 | 政务公开 | 办事服务',
  '河湾区新建三座口袋公园',
  '发布时间：2025-09-01 10:30　来源：河湾区融媒体中心',
  '今年以来，河湾区利用边角地新建了三座口袋公园，附近居民出门就能散步健身。',
  '公园由街道牵头设计，征求了周边三个社区居民的意见。',
  '【打印本页】【关闭窗口】',
  '上一篇：河湾区举办秋季招聘会',
].join('\n')

function setup(blocks = [paragraph('')], meta: ArticleMeta = { title: '' }) {
  const notes: string[] = []
  const host: EditorHost = {
    takenAssetIds: new Set(),
    addAsset: () => {},
    notify: (m) => void notes.push(m),
    meta,
    setMeta: (m) => void (host.meta = m),
    review: undefined,
    setReview: (r) => void (host.review = r),
  }
  const editor = withPaste(withReview(testEditor(blocks, { path: [0, 0], offset: 0 }), () => host), () => host)
  const paste = (text: string) => editor.insertTextData({ getData: (t: string) => (t === 'text/plain' ? text : ''), types: ['text/plain'] } as unknown as DataTransfer)
  return { host, editor, paste, notes }
}

describe('pasting a whole page (defect 11)', () => {
  it('into an empty document: the recogniser fills title and meta, chrome stays out of the body and is listed; one undo step', async () => {
    const { host, editor, paste, notes } = setup()
    paste(PAGE)
    expect(host.meta.title).toBe('河湾区新建三座口袋公园')
    expect(host.meta.publishedAt).toBe('2025-09-01T10:30+08:00')
    expect(host.meta.source).toBe('河湾区融媒体中心')
    const body = value(editor).map(blockText)
    expect(body).toEqual([
      '今年以来，河湾区利用边角地新建了三座口袋公园，附近居民出门就能散步健身。',
      '公园由街道牵头设计，征求了周边三个社区居民的意见。',
    ])
    expect(host.review?.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining(['首页 | 新闻中心 | 政务公开 | 办事服务', '【打印本页】【关闭窗口】', '上一篇：河湾区举办秋季招聘会']),
    )
    expect(host.review?.source.name).toBe('粘贴的内容')
    expect(notes.join()).toMatch(/^粘贴时略去了页面杂项 \d+ 行，.*导入检查/)
    await new Promise((r) => setTimeout(r, 0))
    editor.undo()
    expect(value(editor)).toEqual([paragraph('')])
    expect(host.meta).toEqual({ title: '' })
    expect(host.review).toBeUndefined()
  })

  it('into a document with text: a body paste, the title line stays text, and the chrome is still listed', () => {
    const { host, editor, paste } = setup([paragraph('已有的第一段。'), paragraph('已有的第二段。')], { title: '已有标题' })
    Transforms.select(editor, { path: [1, 0], offset: 7 })
    paste(PAGE)
    expect(host.meta.title).toBe('已有标题')
    const body = value(editor).map(blockText)
    expect(body[0]).toBe('已有的第一段。')
    expect(body).toContain('今年以来，河湾区利用边角地新建了三座口袋公园，附近居民出门就能散步健身。')
    expect(body.join('\n')).not.toContain('打印本页')
    expect(host.review?.dropped.map((d) => d.text)).toContain('【打印本页】【关闭窗口】')
    expect(host.review!.dropped.every((d) => d.before >= 2)).toBe(true)
  })
})
