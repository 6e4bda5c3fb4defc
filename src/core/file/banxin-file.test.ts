import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { readBanxin, writeBanxin } from './banxin-file'
import { bundleArb } from '../../../test/support/arbitrary-article'
import { article, paragraph } from '../model/build'
import { UserError } from '../errors'
import { claimSize } from '../../../test/support/zip-claims'

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).message).toMatch(/[\u4e00-\u9fff]/)
    return (error as UserError).code
  }
  throw new Error('expected a UserError')
}

const valid = { article: article({ title: '标题' }, [paragraph('正文。')]), assetData: {} }
const zip = (files: Record<string, string | Uint8Array>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])))

describe('.banxin container', () => {
  it('round-trips any valid article with its images unchanged', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        expect(readBanxin(writeBanxin(bundle))).toEqual(bundle)
      }),
      { numRuns: 300 },
    )
  })

  it('writes the same bytes for the same article (no timestamps leak in)', () => {
    expect(writeBanxin(valid)).toEqual(writeBanxin(valid))
  })

  const json = JSON.stringify(valid.article)
  const cases: [string, () => Uint8Array, string][] = [
    ['an empty file', () => new Uint8Array(), 'banxin.empty'],
    ['a file that is not a zip', () => strToU8('这只是一段文字'), 'banxin.not-zip'],
    ['a truncated zip', () => writeBanxin(valid).slice(0, 40), 'banxin.corrupt'],
    ['a zip without article.json', () => zip({ 'other.txt': 'x' }), 'banxin.no-article'],
    ['article.json that is not JSON', () => zip({ 'article.json': '{not json' }), 'banxin.bad-json'],
    ['a file from a newer Banxin', () => zip({ 'article.json': JSON.stringify({ ...valid.article, version: 9 }) }), 'banxin.newer-version'],
    ['an article that breaks the schema', () => zip({ 'article.json': JSON.stringify({ ...valid.article, blocks: [{ type: 'table' }] }) }), 'banxin.invalid'],
    ['an entry name with ..', () => zip({ 'article.json': json, '../evil.txt': 'x' }), 'banxin.unsafe-name'],
    ['an absolute entry name', () => zip({ 'article.json': json, '/etc/passwd': 'x' }), 'banxin.unsafe-name'],
    ['an image listed but missing', () => zip({ 'article.json': JSON.stringify({ ...valid.article, assets: { a: { mime: 'image/png', name: 'a.png' } } }) }), 'banxin.missing-asset'],
    [
      'an entry that inflates past the size it claims',
      () => claimSize(zip({ 'article.json': json + ' '.repeat(16 * 1024 * 1024) }), 1000),
      'banxin.size-mismatch',
    ],
    [
      'an entry that inflates to less than it claims',
      () => claimSize(zip({ 'article.json': json }), strToU8(json).length + 10),
      'banxin.size-mismatch',
    ],
    [
      'an oversized entry (zip bomb)',
      () => zipSync({ 'article.json': strToU8(json), 'assets/big': new Uint8Array(70 * 1024 * 1024) }, { level: 9 }),
      'banxin.oversize',
    ],
  ]
  for (const [what, make, code] of cases) {
    it(`refuses ${what} with its own message`, () => {
      expect(codeOf(() => readBanxin(make()))).toBe(code)
    })
  }

  it('reads a file from version 1: its 落款 date becomes 成文日期, the rest stays as it was', () => {
    const v1 = {
      version: 1,
      meta: { title: '关于做好防汛工作的通知', publishedAt: '2024-03-18T09:00:00+08:00' },
      blocks: [
        { type: 'paragraph', children: [{ text: '请认真落实。' }] },
        { type: 'heading', level: 1, children: [{ text: '总体要求' }] },
        { type: 'paragraph', role: 'signoff', children: [{ text: '河川市人民政府办公室' }] },
        { type: 'paragraph', role: 'signoff', children: [{ text: '2024年3月18日' }] },
      ],
      assets: {},
    }
    const { article: read, review } = readBanxin(zip({ 'article.json': JSON.stringify(v1) }))
    expect(read.version).toBe(2)
    expect(read.meta).toEqual(v1.meta)
    expect(read.blocks.map((b) => (b.type === 'paragraph' ? (b.role ?? 'body') : b.type))).toEqual(['body', 'heading', 'signoff', 'signed-date'])
    expect(review).toBeUndefined()
  })

  it('keeps what import did with the document, and refuses a damaged record of it', () => {
    const review = {
      source: { name: '通知.txt', format: 'txt', encoding: 'gb18030' },
      dropped: [{ text: '网站地图', kind: 'chrome' as const, reason: '网站导航栏', before: 1 }],
      guesses: [{ text: '河川市人民政府办公室', at: { block: 0 }, as: '落款', reason: '正文末尾的机关名称', confidence: 0.6 }],
      changes: [{ at: { block: 0, line: 0 }, offset: 2, before: ',', after: '，', rule: 'punct-width' as const }],
    }
    expect(readBanxin(writeBanxin({ ...valid, review })).review).toEqual(review)
    // A review.json saved before a line left out carried its kind lists it under 其他略去的行.
    const unkinded = { ...review, dropped: [{ text: '网站地图', reason: '网站导航栏', before: 1 }] }
    expect(readBanxin(zip({ 'article.json': json, 'review.json': JSON.stringify(unkinded) })).review?.dropped[0]!.kind).toBe('other')
    const bad = zip({ 'article.json': json, 'review.json': JSON.stringify({ ...review, changes: [{ ...review.changes[0], rule: 'rewrite' }] }) })
    expect(codeOf(() => readBanxin(bad))).toBe('banxin.invalid')
  })

  it('sends the user to an intact copy when the zip is damaged, not to a .bak nothing writes', () => {
    const message = (() => {
      try {
        readBanxin(writeBanxin(valid).slice(0, 40))
      } catch (e) {
        return (e as UserError).message
      }
    })()
    expect(message).not.toContain('.bak')
    expect(message).toContain('重新获取')
  })

  it('names the bad field in words', () => {
    const bad = zip({ 'article.json': JSON.stringify({ ...valid.article, meta: { title: 3 } }) })
    const error = (() => {
      try {
        readBanxin(bad)
      } catch (e) {
        return e as UserError
      }
    })()
    expect(error?.details.join('\n')).toContain('文章信息 › 主题')
  })
})
