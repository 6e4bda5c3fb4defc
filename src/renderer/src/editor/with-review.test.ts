import { describe, expect, it } from 'vitest'
import { Transforms } from 'slate'
import { article, paragraph } from '../../../core/model/build'
import type { ArticleMeta } from '../../../core/model/article'
import type { ImportReview } from '../../../core/model/review'
import { blockText } from '../../../core/model/text'
import { reassignLine, restoreDropped, revertReviewChanges, type ReviewStep } from '../../../core/edit/review-actions'
import type { Block } from '../../../core/model/article'
import { testEditor, value } from './test-editor'
import { withReview, type ReviewHost } from './with-review'

const review: ImportReview = {
  source: { name: '通知.html', format: 'html' },
  dropped: [{ text: '清溪县人民政府', reason: '网站页脚', before: 2 }],
  guesses: [{ text: '首页 新闻', at: { field: 'title' }, as: '标题', reason: '首个短行', confidence: 0.3 }],
  changes: [{ at: { block: 1, line: 0 }, offset: 2, before: ',', after: '，', rule: 'punct-width' }],
}

function setup(blocks: Block[] = [paragraph('关于秋季防火的通知'), paragraph('各单位，请做好防火工作。')], start = review) {
  const host: ReviewHost = {
    meta: { title: '首页 新闻' },
    setMeta: (meta: ArticleMeta) => void (host.meta = meta),
    review: start,
    setReview: (r) => void (host.review = r),
  }
  const editor = withReview(testEditor(blocks), () => host)
  const step = (compute: (a: ReturnType<typeof article>, r: ImportReview) => ReviewStep) => {
    const s = compute(article(host.meta, value(editor)), host.review!)
    if (!s.ok) throw new Error(s.message)
    editor.reviewStep(s.edits, s.review)
  }
  // Slate merges the operations of one tick into one step; each click is its own tick in the app.
  const tick = () => new Promise((r) => setTimeout(r, 0))
  return { host, editor, step, tick }
}

describe('review actions in the editor history', () => {
  it('a restored line is one undo step for the blocks and the review; redo brings it back', async () => {
    const { host, editor, step, tick } = setup()
    step((a, r) => restoreDropped(a, r, 0, 'signoff'))
    expect(value(editor)[2]).toEqual(paragraph('清溪县人民政府', 'signoff'))
    expect(host.review!.dropped).toEqual([])
    await tick()
    editor.undo()
    expect(value(editor)).toHaveLength(2)
    expect(host.review).toBe(review)
    editor.redo()
    expect(value(editor)[2]).toEqual(paragraph('清溪县人民政府', 'signoff'))
    expect(host.review!.dropped).toEqual([])
  })

  it('a body line given to the title moves text and field in one step, and undo puts both back', async () => {
    const { host, editor, step, tick } = setup()
    step((a, r) => reassignLine(a, r, { block: 0 }, 'title'))
    expect(host.meta.title).toBe('关于秋季防火的通知')
    expect(value(editor).map(blockText)).toEqual(['各单位，请做好防火工作。'])
    expect(host.review!.changes[0]!.at).toEqual({ block: 0, line: 0 })
    expect(host.review!.dropped.map((d) => d.text)).toContain('首页 新闻')
    await tick()
    editor.undo()
    expect(host.meta.title).toBe('首页 新闻')
    expect(value(editor).map(blockText)).toEqual(['关于秋季防火的通知', '各单位，请做好防火工作。'])
    expect(host.review).toBe(review)
  })

  it('a step that changes only a field or the review is still a step of its own', async () => {
    const { host, editor, step, tick } = setup()
    Transforms.insertText(editor, '急', { at: { path: [0, 0], offset: 0 } })
    await tick()
    step((a, r) => reassignLine(a, r, { field: 'title' }, 'kicker'))
    expect(host.meta).toEqual({ title: '', kicker: '首页 新闻' })
    await tick()
    editor.undo()
    expect(host.meta).toEqual({ title: '首页 新闻' })
    expect(blockText(value(editor)[0]!)).toBe('急关于秋季防火的通知')
  })

  it('the review follows edits of the blocks, and undoing an edit restores it', async () => {
    const { host, editor, tick } = setup()
    Transforms.insertNodes(editor, paragraph('新段'), { at: [0] })
    expect(host.review!.dropped[0]!.before).toBe(3)
    expect(host.review!.changes[0]!.at).toEqual({ block: 2, line: 0 })
    Transforms.insertText(editor, '各位', { at: { path: [2, 0], offset: 0 } })
    expect(host.review!.changes[0]!.offset).toBe(4)
    await tick()
    Transforms.removeNodes(editor, { at: [2] })
    expect(host.review!.changes).toEqual([])
    await tick()
    editor.undo()
    expect(host.review!.changes).toHaveLength(1)
  })

  // Imported as 「各单位 请做好防火工作,注意安全。」: a space removed (offsets count in the text as imported) and a comma made full width.
  const changed = (space: number, comma: { block: number; offset: number }): ImportReview => ({
    ...review,
    dropped: [],
    changes: [
      { at: { block: space, line: 0 }, offset: 3, before: ' ', after: '', rule: 'space-cjk' },
      { at: { block: comma.block, line: 0 }, offset: comma.offset, before: ',', after: '，', rule: 'punct-width' },
    ],
  })

  it('a paragraph split by Enter takes the changes after the caret to the new paragraph, where undoing them finds their text', () => {
    const { host, editor, step } = setup([paragraph('标题'), paragraph('各单位请做好防火工作，注意安全。')], changed(1, { block: 1, offset: 11 }))
    Transforms.select(editor, { path: [1, 0], offset: 10 })
    editor.insertBreak()
    expect(value(editor).map(blockText)).toEqual(['标题', '各单位请做好防火工作', '，注意安全。'])
    expect(host.review!.changes.map((c) => [c.at, c.offset])).toEqual([
      [{ block: 1, line: 0 }, 3],
      [{ block: 2, line: 0 }, 0],
    ])
    step((a, r) => revertReviewChanges(a, r))
    expect(value(editor).map(blockText)).toEqual(['标题', '各单位 请做好防火工作', ',注意安全。'])
  })

  it('a paragraph joined to the one before by Backspace takes its changes along, counted after the changes of the one it joined', () => {
    const { host, editor, step } = setup([paragraph('各单位请做好'), paragraph('防火工作，注意安全。')], changed(0, { block: 1, offset: 4 }))
    Transforms.select(editor, { path: [1, 0], offset: 0 })
    editor.deleteBackward('character')
    expect(value(editor).map(blockText)).toEqual(['各单位请做好防火工作，注意安全。'])
    step((a, r) => revertReviewChanges(a, r))
    expect(value(editor).map(blockText)).toEqual(['各单位 请做好防火工作,注意安全。'])
    expect(host.review!.changes).toEqual([])
  })

  it('a split inside a changed span leaves that change nothing to undo', () => {
    const { host, editor } = setup([paragraph('各单位（注意）请做好防火工作。')], {
      ...review,
      dropped: [],
      changes: [{ at: { block: 0, line: 0 }, offset: 3, before: '(注意)', after: '（注意）', rule: 'brackets' }],
    })
    Transforms.select(editor, { path: [0, 0], offset: 5 })
    editor.insertBreak()
    expect(host.review!.changes).toEqual([])
  })
})
