import { describe, expect, it } from 'vitest'
import { blockText } from '../../model/text'
import { importPlainText } from '../import-draft'

/** Issue 12: what the headline stack is, on a portal page — the lines of the stack, and only those. */

const doc = (lines: string[]) => importPlainText(lines.join('\n'), { document: true })

const PARAGRAPHS = [
  '  11月19日，柳溪县在青石镇启动冬季植树活动，机关干部和志愿者种下银杏、香樟等苗木三千余株。',
  '  县林业局负责人介绍，今冬明春全县计划新增造林一万亩，并对去年栽下的苗木逐一补植。',
]

describe('the headline stack', () => {
  it('stops at a decimal outline that opens right under the title (「1 总则」 over 「1.1 编制目的」)', () => {
    const { bundle } = doc([
      '柳溪县冬季森林防火应急预案',
      '1 总则',
      '1.1 编制目的',
      '为及时处置森林火情，保护林区群众生命财产安全，制定本预案。',
      '1.2 适用范围',
      '本预案适用于全县林区发生的森林火灾。',
      '2 组织指挥',
      '县政府设立森林防火指挥部，统一领导扑救工作。',
    ])
    expect(bundle.article.meta.title).toBe('柳溪县冬季森林防火应急预案')
    expect(bundle.article.meta.kicker).toBeUndefined()
    expect(bundle.article.meta.subtitle).toBeUndefined()
    expect(bundle.article.blocks.slice(0, 2).map((b) => [b.type, blockText(b)])).toEqual([
      ['heading', '总则'],
      ['heading', '编制目的'],
    ])
  })

  it('keeps a headline that only starts with a number (「12 项便民措施落地」) when no outline follows', () => {
    const { bundle } = doc(['12 项便民措施落地', '发布时间：2025-11-20', ...PARAGRAPHS])
    expect(bundle.article.meta.title).toBe('12 项便民措施落地')
  })

  it('does not reach over a breadcrumb: the column names above it are page text, not 引题', () => {
    const { bundle, report } = doc([
      '信息公开',
      '部门动态',
      '当前位置：首页 > 部门动态',
      '柳溪县启动冬季植树活动',
      '2025/11/20 9:30:00 来源：柳溪县林业局',
      ...PARAGRAPHS,
    ])
    expect(bundle.article.meta).toMatchObject({ title: '柳溪县启动冬季植树活动' })
    expect(bundle.article.meta.kicker).toBeUndefined()
    expect(bundle.article.meta.subtitle).toBeUndefined()
    expect(report.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['信息公开', '部门动态']))
  })

  it('does not take a page header over a breadcrumb as 引题 and 主题', () => {
    const { bundle } = doc([
      '关于本站 收藏本站 设为首页',
      '首 页 新闻中心 林业动态 生态科普 公众参与 政策法规 办事指南',
      '当前位置: 首页 -> 新闻中心 -> 林业动态',
      '柳溪县启动冬季植树活动',
      '发布时间: 2025-11-20   [字号变大| 字号变小]',
      ...PARAGRAPHS,
    ])
    expect(bundle.article.meta.title).toBe('柳溪县启动冬季植树活动')
    expect(bundle.article.meta.kicker).toBeUndefined()
  })

  it('takes a today widget above the title as page text', () => {
    const { bundle, report } = doc(['今天是', '柳溪县启动冬季植树活动', '日期：2025-11-20', ...PARAGRAPHS])
    expect(bundle.article.meta.kicker).toBeUndefined()
    expect(report.dropped.map((d) => d.text)).toContain('今天是')
  })

  it('reads a newspaper headline reprinted under a portal title as its 引题 and 副题, and a caption as no headline', () => {
    const { bundle } = doc([
      '柳溪县长在青石镇调研冬季造林（图）',
      '(2025/11/20 8:30:52)  来源：柳溪在线',
      '县长在青石镇调研冬季造林时强调',
      '把每一棵树都种好管好护好',
      '（县长在青石镇察看苗圃）',
      ...PARAGRAPHS,
    ])
    expect(bundle.article.meta).toMatchObject({
      title: '柳溪县长在青石镇调研冬季造林（图）',
      kicker: '县长在青石镇调研冬季造林时强调',
      subtitle: '把每一棵树都种好管好护好',
    })
    expect(bundle.article.blocks.map((b) => b.type)).not.toContain('section-heading')
  })

  it('keeps a section heading that opens the body after the meta line when it is one line', () => {
    const { bundle } = doc(['柳溪县启动冬季植树活动', '发布时间：2025-11-20', '种下三千株', ...PARAGRAPHS])
    expect(bundle.article.meta.kicker).toBeUndefined()
    expect(blockText(bundle.article.blocks[0]!)).toBe('种下三千株')
  })
})
