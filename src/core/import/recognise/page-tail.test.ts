import { describe, expect, it } from 'vitest'
import type { Article } from '../../model/article'
import { readWrittenDate } from '../../model/dates'
import { blockText } from '../../model/text'
import { importPlainText } from '../import-draft'
import { signedDateOf } from './tail'

/**
 * Issue 12: what stands after the article — page furniture of no fixed shape, a newspaper's jump line, a
 * comment board's rules, leaked template fields — is left out and listed; a 公文's closing is kept whole.
 */

const doc = (lines: string[]) => importPlainText(lines.join('\n'), { document: true })
const body = (a: Article) =>
  a.blocks.map((b) => `${b.type === 'paragraph' ? (b.role ?? 'body') : b.type}:${blockText(b).trim()}`)
const dropped = (lines: string[]) => doc(lines).report.dropped.map((d) => d.text)

const HEAD = ['柳溪县启动冬季植树活动', '发布时间：2025-11-20 来源：柳溪县林业局']
const PARAGRAPHS = [
  '  11月19日，柳溪县在青石镇启动冬季植树活动，机关干部和志愿者种下银杏、香樟等苗木三千余株。',
  '  县林业局负责人介绍，今冬明春全县计划新增造林一万亩，并对去年栽下的苗木逐一补植。',
]

describe('page furniture after the article', () => {
  it('leaves out a link list label that stands alone at the end of the page', () => {
    const { bundle, report } = doc([...HEAD, ...PARAGRAPHS, '友情链接:'])
    expect(body(bundle.article).at(-1)).toBe(`body:${PARAGRAPHS[1]!.trim()}`)
    expect(report.dropped.map((d) => d.text)).toContain('友情链接:')
  })

  it('leaves out a short line between the last paragraph and the footer, but keeps 「（完）」', () => {
    const footer = ['微信', '无障碍', '市级部门网站', '乡镇街道网站', '主办：柳溪县人民政府办公室']
    expect(dropped([...HEAD, ...PARAGRAPHS, '柳溪云直播', ...footer])).toContain('柳溪云直播')
    const { bundle } = doc([...HEAD, ...PARAGRAPHS, '（完）', ...footer])
    expect(body(bundle.article).at(-1)).toBe('body:（完）')
  })

  it('keeps a list of short lines that the article ends with, right above the footer', () => {
    const list = ['青石镇：银杏园', '柳林乡：香樟林', '城关镇：滨河绿道', '白沙乡：油茶基地']
    const { bundle } = doc([
      ...HEAD,
      ...PARAGRAPHS,
      ...list,
      '【打印本页】【关闭窗口】',
      '主办：柳溪县林业局',
    ])
    expect(bundle.article.blocks.map(blockText)).toEqual(expect.arrayContaining(list))
  })

  it('leaves out template fields leaked from the page source and a newspaper licence number', () => {
    const leak = '2025-11-20 青石镇 2 1 柳溪日报 content_20251120.html 3 冬季植树 /cmsfield-->'
    const out = dropped([...HEAD, ...PARAGRAPHS, '国内统一刊号：CN 99-0000', leak])
    expect(out).toEqual(expect.arrayContaining([leak, '国内统一刊号：CN 99-0000']))
    const { bundle } = doc([...HEAD, ...PARAGRAPHS, '<!-- 正文结束 -->'])
    expect(bundle.article.blocks.map(blockText).join('')).not.toContain('正文结束')
  })

  it('keeps a sentence that names a web page', () => {
    const line = '  详情可登录县政府网站 index.html 页面查询。'
    const { bundle } = doc([...HEAD, PARAGRAPHS[0]!, line, PARAGRAPHS[1]!])
    expect(bundle.article.blocks.map(blockText)).toContain(line)
  })

  it('leaves out a jump line and the photo caption printed after it', () => {
    const { bundle, report } = doc([
      ...HEAD,
      ...PARAGRAPHS,
      '（下转第3版）',
      '陈某（左二）和志愿者在青石镇补植银杏。',
      '上一篇 下一篇',
      '版权所有 柳溪日报社',
    ])
    expect(body(bundle.article).at(-1)).toBe(`body:${PARAGRAPHS[1]!.trim()}`)
    expect(report.dropped.map((d) => [d.text, d.reason])).toEqual(
      expect.arrayContaining([
        ['（下转第3版）', '转版提示（文章在别的版面接着印）'],
        ['陈某（左二）和志愿者在青石镇补植银杏。', '图片说明（图片不在文稿中）'],
      ]),
    )
  })

  it('leaves out a comment board: its heading and every rule of its numbered list', () => {
    const board = [
      '我要评论 查看留言须知',
      '1.请遵守国家有关法律法规。',
      '2.柳溪在线保留删改笔名的决定权。',
      '3.您在柳溪在线发表的留言，本站有权转载。',
    ]
    const { bundle, report } = doc([...HEAD, ...PARAGRAPHS, ...board])
    expect(body(bundle.article).at(-1)).toBe(`body:${PARAGRAPHS[1]!.trim()}`)
    expect(report.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(board))
  })

  it('keeps a numbered list of the article that a disclaimer follows with other numbers', () => {
    const list = ['1.银杏一千二百株。', '2.香樟九百株。']
    const { bundle } = doc([...HEAD, ...PARAGRAPHS, ...list, '7.本站有权删除违法留言。'])
    expect(bundle.article.blocks.map(blockText)).toEqual(expect.arrayContaining(list))
  })
})

describe('credits for the page art', () => {
  it('leaves out the headline calligrapher under the title, listed, and keeps the title', () => {
    const { bundle, report } = doc(['柳溪新春纪事', '标题书法：林某', ...PARAGRAPHS])
    expect(bundle.article.meta.title).toBe('柳溪新春纪事')
    expect(bundle.article.meta.author).toBeUndefined()
    expect(body(bundle.article)[0]).toBe(`lead:${PARAGRAPHS[0]!.trim()}`)
    expect(report.dropped.find((d) => d.text.includes('林某'))?.reason).toContain('美术署名')
  })
})

describe('a 公文 closing whose date lost its 年月日', () => {
  it('reads the 署名, the 附注 the page moved above the date, and the damaged 成文日期', () => {
    const { bundle } = doc([
      '柳溪县人民政府办公室关于印发柳溪县森林防火预案的通知',
      '各乡镇人民政府，县直有关单位：',
      '  《柳溪县森林防火预案》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
      '柳溪县人民政府办公室',
      '（此件公开发布）',
      '{ 2025 11 3',
      '柳溪县森林防火预案',
      '  为做好森林防火工作，制定本预案。',
    ])
    expect(body(bundle.article).slice(2, 5)).toEqual([
      'signoff:柳溪县人民政府办公室',
      'annotation:（此件公开发布）',
      'signed-date:{ 2025 11 3',
    ])
  })

  it('decodes 成文日期 in Arabic or Chinese numerals and the damaged form, and nothing else', () => {
    expect(readWrittenDate('二〇一九年十月二十一日')).toBe('2019-10-21')
    expect(readWrittenDate('二零零九年一月十日')).toBe('2009-01-10')
    expect(signedDateOf('2024年3月5日')).toBe('2024-03-05')
    expect(signedDateOf('{ 2017 6 23')).toBe('2017-06-23')
    expect(signedDateOf('2017 2 30')).toBeUndefined()
    expect(signedDateOf('共 2017 6 23 人')).toBeUndefined()
  })
})
