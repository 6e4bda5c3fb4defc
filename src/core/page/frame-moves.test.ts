import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../model/build'
import { findPagePreset } from './builtin-page-presets'
import { contentGrid } from './content-grid'
import { findFrame, moveFrame, resizeFrame } from './frame-moves'
import type { PageDocument } from './page'

const doc = (): PageDocument => ({
  version: 1,
  preset: 'sikai',
  paper: { name: '河川日报' },
  date: '2025-05-01',
  pages: [
    {
      number: 1,
      name: '要闻',
      masthead: true,
      frames: [
        { id: 'f1', article: 'a', column: 0, columns: 4, row: 0, rows: 30, headline: { direction: 'across', columns: 4, weight: 1, side: 'right' } },
        { id: 'f2', article: 'b', column: 4, columns: 2, row: 0, rows: 30, headline: { direction: 'vertical', columns: 1, weight: 3, side: 'right' } },
      ],
    },
    { number: 2, name: '综合', frames: [] },
  ],
  articles: { a: article({ title: '甲' }, [paragraph('甲文。')]), b: article({ title: '乙' }, [paragraph('乙文。')]) },
})

const sikai = findPagePreset('sikai')
const front = contentGrid(sikai, doc().pages[0]!)
const rect = (d: PageDocument, id: string) => {
  const { column, columns, row, rows } = findFrame(d, id)!.frame
  return { column, columns, row, rows }
}

describe('版框在栏格上移动和缩放', () => {
  it('the front page loses the 报头 rows, other pages the 版头 rows', () => {
    expect(front).toEqual({ columns: 6, rows: sikai.rows - sikai.masthead.rows })
    expect(contentGrid(sikai, doc().pages[1]!)).toEqual({ columns: 6, rows: sikai.rows - sikai.header.rows })
  })

  it('moves by whole columns and rows and stops at the page edge', () => {
    expect(rect(moveFrame(doc(), 'f1', 1, 2, front), 'f1')).toEqual({ column: 1, columns: 4, row: 2, rows: 30 })
    expect(rect(moveFrame(doc(), 'f1', 5, 1000, front), 'f1')).toEqual({ column: 2, columns: 4, row: front.rows - 30, rows: 30 })
    expect(rect(moveFrame(doc(), 'f1', -3, -3, front), 'f1')).toEqual({ column: 0, columns: 4, row: 0, rows: 30 })
  })

  it('an unknown frame, or a move the page edge stops, leaves the document as it was (no undo step)', () => {
    const before = doc()
    expect(moveFrame(before, 'nope', 1, 1, front)).toBe(before)
    expect(resizeFrame(before, 'nope', { right: 1 }, front)).toBe(before)
    expect(moveFrame(before, 'f2', 1, 0, front)).toBe(before)
    expect(resizeFrame(before, 'f1', { top: -1 }, front)).toBe(before)
  })

  it('resizes by its edges, within the page, never below a column and two rows', () => {
    expect(rect(resizeFrame(doc(), 'f1', { right: 1, bottom: -10 }, front), 'f1')).toEqual({ column: 0, columns: 5, row: 0, rows: 20 })
    expect(rect(resizeFrame(doc(), 'f1', { right: 9 }, front), 'f1')).toMatchObject({ columns: 6 })
    expect(rect(resizeFrame(doc(), 'f1', { left: 9, top: 99 }, front), 'f1')).toEqual({ column: 3, columns: 1, row: 28, rows: 2 })
    expect(rect(resizeFrame(doc(), 'f2', { left: -2 }, front), 'f2')).toEqual({ column: 2, columns: 4, row: 0, rows: 30 })
  })

  it('a narrower frame narrows its headline; a frame with a 竖题 keeps two columns', () => {
    const narrowed = resizeFrame(doc(), 'f1', { right: -2 }, front)
    expect(findFrame(narrowed, 'f1')!.frame.headline.columns).toBe(2)
    expect(rect(resizeFrame(doc(), 'f2', { left: 5 }, front), 'f2')).toMatchObject({ column: 4, columns: 2 })
  })
})
