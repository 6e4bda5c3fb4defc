import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { pageBundleArb } from '../../../test/support/arbitrary-page'
import { readBanxin, writeBanxin } from '../file/banxin-file'
import { article, paragraph } from '../model/build'
import { UserError } from '../errors'
import { isPageFile, readPageFile, writePageFile } from './page-file'
import type { PageBundle } from './page'
import { validatePageDocument } from './page-schema'

const valid = (): PageBundle => ({
  page: {
    version: 1,
    preset: 'sikai',
    paper: { name: '河川日报', serial: 'CN 50-0001' },
    date: '2025-05-01',
    pages: [
      {
        number: 1,
        name: '要闻',
        masthead: true,
        frames: [{ id: 'f1', article: 'a1', column: 0, columns: 3, row: 0, rows: 20, headline: { direction: 'across', columns: 3, weight: 1, side: 'right' } }],
      },
    ],
    articles: { a1: article({ title: '标题' }, [paragraph('正文。')]) },
  },
  assetData: { a1: {} },
})

function errorOf(fn: () => unknown): UserError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return error as UserError
  }
  throw new Error('expected a UserError')
}

describe('版面文件', () => {
  it('round-trips any valid page document with its articles and images unchanged', () => {
    fc.assert(
      fc.property(pageBundleArb, (bundle) => {
        expect(validatePageDocument(bundle.page)).toEqual({ ok: true, value: bundle.page })
        expect(readPageFile(writePageFile(bundle))).toEqual(bundle)
      }),
      { numRuns: 100 },
    )
  })

  it('writes the same bytes for the same page', () => {
    expect(writePageFile(valid())).toEqual(writePageFile(valid()))
  })

  it('is told apart from an article file both ways, with a message that says what to do', () => {
    const pageBytes = writePageFile(valid())
    const articleBytes = writeBanxin({ article: article({ title: 'x' }, [paragraph('y')]), assetData: {} })
    expect(isPageFile(pageBytes)).toBe(true)
    expect(isPageFile(articleBytes)).toBe(false)
    expect(errorOf(() => readBanxin(pageBytes)).code).toBe('banxin.is-page')
    expect(errorOf(() => readPageFile(articleBytes)).code).toBe('page.is-article')
  })

  it('names a bad field in Chinese: page, frame and field, or the article and its block', () => {
    const bad = valid()
    bad.page.pages[0]!.frames[0]!.columns = 0
    ;(bad.page.articles.a1!.blocks[0] as { role?: string }).role = 'banner'
    const e = errorOf(() => readPageFile(zipSync({ 'page.json': strToU8(JSON.stringify(bad.page)) })))
    expect(e.code).toBe('page.invalid')
    expect(e.details).toContain('第 1 个版面 › 第 1 个版框 › 栏数：数值过小：期望 number >=1')
    expect(e.details.some((d) => d.startsWith('稿件「a1」 › 第 1 个内容块 › 段落类型：'))).toBe(true)
  })

  it('refuses a frame of an article the file lacks, a repeated frame id and a boxed piece that jumps', () => {
    const doc = valid().page
    const frame = doc.pages[0]!.frames[0]!
    doc.pages[0]!.frames.push({ ...frame }, { ...frame, id: 'f2', article: 'gone' })
    frame.box = 'line'
    const checked = validatePageDocument(doc)
    expect(checked.ok).toBe(false)
    expect(!checked.ok && checked.errors).toEqual([
      '第 1 个版面 › 第 2 个版框 › 编号：版框编号「f1」重复',
      '第 1 个版面 › 第 3 个版框 › 稿件：稿件「gone」不在文件中',
      '第 1 个版面 › 第 1 个版框 › 边框：加框的短稿只能放在一个版框里，不能转版或续排',
    ])
  })

  it('refuses a headline or figure wider than its frame, and a 竖题 that leaves no text column', () => {
    const doc = valid().page
    const frame = doc.pages[0]!.frames[0]!
    frame.figure = { columns: 4 }
    frame.headline = { direction: 'vertical', columns: 3, weight: 2, side: 'left' }
    const checked = validatePageDocument(doc)
    expect(!checked.ok && checked.errors).toEqual([
      '第 1 个版面 › 第 1 个版框 › 标题 › 栏数：竖题要留出正文的栏：竖题所占栏数应少于版框栏数',
      '第 1 个版面 › 第 1 个版框 › 图片 › 栏数：图片跨 4 栏，版框只有 3 栏',
    ])
  })

  it('opens a page file whose articles an older Banxin wrote: a dated 落款 becomes the 成文日期', () => {
    const page = valid().page
    const old = { ...page.articles.a1, version: 1, blocks: [paragraph('正文。'), { type: 'paragraph', role: 'signoff', children: [{ text: '2024年3月15日' }] }] }
    const read = readPageFile(zipSync({ 'page.json': strToU8(JSON.stringify({ ...page, articles: { a1: old } })) }))
    expect(read.page.articles.a1!.blocks.map((b) => (b.type === 'paragraph' ? b.role : b.type))).toEqual([undefined, 'signed-date'])
  })

  it('refuses a file from a newer Banxin', () => {
    const e = errorOf(() => readPageFile(zipSync({ 'page.json': strToU8(JSON.stringify({ ...valid().page, version: 2 })) })))
    expect(e.code).toBe('banxin.newer-version')
  })
})
