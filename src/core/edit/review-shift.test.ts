import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../model/build'
import type { ImportReview } from '../model/review'
import { blockText } from '../model/text'
import { normalizeArticle } from '../normalize'
import { applyArticleEdits, revertReviewChanges } from './review-actions'
import { shiftReview } from './review-shift'

const review = (): ImportReview => ({
  source: { name: 'a.txt', format: 'txt' },
  dropped: [
    { text: '甲', kind: 'chrome', reason: '', before: 1 },
    { text: '乙', kind: 'chrome', reason: '', before: 3 },
  ],
  guesses: [
    { text: 'A', at: { block: 1 }, as: '正文', reason: '', confidence: 0.5 },
    { text: 'B', at: { block: 2 }, as: '正文', reason: '', confidence: 0.5 },
    { text: 'T', at: { field: 'title' }, as: '标题', reason: '', confidence: 0.5 },
  ],
  changes: [{ at: { block: 2, line: 0 }, offset: 3, before: ',', after: '，', rule: 'punct-width' }],
})

const blocksOf = (r: ImportReview) => ({
  dropped: r.dropped.map((d) => d.before),
  guesses: r.guesses.map((g) => ('block' in g.at ? g.at.block : g.at.field)),
  changes: r.changes.map((c) => ('block' in c.at ? [c.at.block, c.offset] : c.at.field)),
})

describe('the review follows the document as it is edited', () => {
  it('a block inserted before moves everything after it', () => {
    expect(blocksOf(shiftReview(review(), { insert: 1 }))).toEqual({ dropped: [2, 4], guesses: [2, 3, 'title'], changes: [[3, 3]] })
  })

  it('a removed block takes its guesses and changes with it; lines left out keep their place', () => {
    expect(blocksOf(shiftReview(review(), { remove: 2 }))).toEqual({ dropped: [1, 2], guesses: [1, 'title'], changes: [] })
  })

  it('a merged block is no longer the line guessed about; its changes move into the block it joined', () => {
    expect(blocksOf(shiftReview(review(), { merge: 2, length: 10 }))).toEqual({ dropped: [1, 2], guesses: [1, 'title'], changes: [[1, 13]] })
  })

  it('a moved block takes its guesses along', () => {
    expect(blocksOf(shiftReview(review(), { move: 2, to: 0 })).guesses).toEqual([2, 0, 'title'])
  })

  it('typing before a change moves it, typing after leaves it, deleting it drops it', () => {
    const at = { block: 2, line: 0 }
    expect(blocksOf(shiftReview(review(), { text: at, offset: 0, delta: 2 })).changes).toEqual([[2, 5]])
    expect(blocksOf(shiftReview(review(), { text: at, offset: 4, delta: 2 })).changes).toEqual([[2, 3]])
    expect(blocksOf(shiftReview(review(), { text: at, offset: 2, delta: -2 })).changes).toEqual([])
    const r = review()
    expect(shiftReview(r, { text: { block: 0, line: 0 }, offset: 0, delta: 1 })).toBe(r)
  })

  it('after typing, undoing a change still finds its text', () => {
    const a = article({ title: '题' }, [paragraph('好,的 ,对')])
    const { article: fixed, changes } = normalizeArticle(a)
    let r: ImportReview = { ...review(), dropped: [], guesses: [], changes }
    const typed = { ...fixed, blocks: [paragraph('真' + blockText(fixed.blocks[0]!))] }
    r = shiftReview(r, { text: { block: 0, line: 0 }, offset: 0, delta: 1 })
    const step = revertReviewChanges(typed, r)
    if (!step.ok) throw new Error(step.message)
    expect(blockText(applyArticleEdits(typed, step.edits).blocks[0]!)).toBe('真好,的 ,对')
  })
})
