import { describe, expect, it } from 'vitest'
import type { Article, Block } from '../../model/article'
import { blockText } from '../../model/text'
import { importPlainText } from '../import-draft'

/** A portal page copied as text: chrome above, a meta line, two-line headings, toolbar and footer below. */
const PORTAL_PAGE = [
  '触碰右侧滑开',
  '首页 > 政务公开 > 部门动态',
  '河湾区推进老旧小区改造 惠及居民三千余户',
  '作者：周岚 来源:河湾区住建局 发布时间:2024-05-20 09:15:00 浏览次数:',
  '',
  '  今年以来,河湾区把老旧小区改造作为民生实事的重要内容,累计完成改造小区21个。',
  '',
  '  改出宜居环境',
  '',
  '  让老旧小区换新颜',
  '',
  '  在东风路片区,施工队正在为楼栋加装外保温层、更换雨水管。',
  '',
  '  改出便民配套',
  '',
  '  让社区服务更贴心',
  '',
  '  河湾区在改造中同步建设养老驿站和便民菜店,新增停车位460个。',
  '',
  '关闭',
  '打印',
  '分享到:',
  '上一条:河湾区召开安全生产工作会议',
  '网站地图|设为首页|加入收藏',
  '河湾区政府门户网站',
  '主办:河湾区人民政府办公室 维护:河湾区融媒体中心',
  '地址:河湾区滨江路88号 邮编:100000',
  '京ICP备12345678号 网站标识码:1101050001',
].join('\n')

const text = (b: Block) => blockText(b).trim()
const doc = (source: string) => importPlainText(source, { document: true })
const kinds = (a: Article) =>
  a.blocks.map((b) =>
    b.type === 'paragraph' ? (b.role ?? 'body') : b.type === 'heading' ? `h${b.level}` : b.type,
  )

describe('recognising a portal page copied as text', () => {
  const { bundle, report } = doc(PORTAL_PAGE)
  const a = bundle.article

  it('takes the title above the meta line, with a full-width space between its parts', () => {
    expect(a.meta.title).toBe('河湾区推进老旧小区改造\u3000惠及居民三千余户')
  })

  it('parses the meta line in any order and leaves 浏览次数 out', () => {
    expect(a.meta).toMatchObject({
      author: '周岚',
      source: '河湾区住建局',
      publishedAt: '2024-05-20T09:15:00+08:00',
    })
    expect(JSON.stringify(a)).not.toContain('浏览次数')
  })

  it('turns pairs of short lines into two-line section headings between paragraphs', () => {
    expect(kinds(a)).toEqual(['lead', 'section-heading', 'body', 'section-heading', 'body'])
    expect(blockText(a.blocks[1]!)).toBe('改出宜居环境\n让老旧小区换新颜')
  })

  it('drops every chrome and footer line and says why', () => {
    const all = JSON.stringify(a)
    for (const chrome of [
      '触碰',
      '首页',
      '关闭',
      '分享到',
      '上一条',
      '网站地图',
      '门户网站',
      '主办',
      '邮编',
      'ICP',
    ])
      expect(all).not.toContain(chrome)
    expect(report.dropped.map((d) => d.reason)).toEqual(
      expect.arrayContaining([
        '页面导航提示',
        '页面路径（面包屑导航）',
        '上一篇/下一篇链接',
        '网站导航栏',
        '网站页脚（主办、维护、地址、备案信息等）',
      ]),
    )
  })

  it('keeps paragraph text exactly as written (normalisation is a separate step)', () => {
    expect(blockText(a.blocks[0]!)).toBe(
      '  今年以来,河湾区把老旧小区改造作为民生实事的重要内容,累计完成改造小区21个。',
    )
  })

  it('maps every block back to its line in the draft', () => {
    expect(report.sourceMap?.blocks[0]).toEqual([{ line: 6, column: 1 }])
    expect(report.sourceMap?.blocks[1]).toEqual([
      { line: 8, column: 3 },
      { line: 10, column: 3 },
    ])
    expect(report.sourceMap?.meta.title).toEqual({ line: 3, column: 1 })
  })
})

describe('recognising a newspaper story', () => {
  const story = [
    '聚焦乡村振兴 激活发展动能',
    '青山镇百亩茶园迎来春茶开采',
    '——合作社带动两百余户增收',
    '本报讯（记者 林晓）3月18日清晨，青山镇百亩茶园里一片忙碌景象。',
    '合作社采取统一管护、统一收购的办法，带动周边茶农增收。',
    '（责任编辑：陈默）',
  ].join('\n')

  it('reads the 引题/主题/副题 stack', () => {
    expect(doc(story).bundle.article.meta).toMatchObject({
      kicker: '聚焦乡村振兴\u3000激活发展动能',
      title: '青山镇百亩茶园迎来春茶开采',
      subtitle: '——合作社带动两百余户增收',
    })
  })

  it('moves the 电头 to the byline (printed back at the start of the lead, never twice) and takes the author from it', () => {
    const a = doc(story).bundle.article
    expect(a.meta).toMatchObject({ byline: '本报讯（记者 林晓）', author: '林晓', editor: '陈默' })
    expect(a.blocks[0]).toMatchObject({ type: 'paragraph', role: 'lead' })
    expect(text(a.blocks[0]!)).toMatch(/^3月18日/)
  })

  it('takes a 电头 standing on its own line as the byline of the lead after it', () => {
    const a = doc(
      ['茶园开采', '本报讯（记者 林晓）', '3月18日清晨，茶园里一片忙碌景象。', '茶农们忙着采摘。'].join('\n'),
    ).bundle.article
    expect(a.meta.byline).toBe('本报讯（记者 林晓）')
    expect(text(a.blocks[0]!)).toBe('3月18日清晨，茶园里一片忙碌景象。')
  })

  it('marks an editor’s note and makes the next paragraph the lead', () => {
    const a = doc(
      [
        '茶园开采',
        '编者按：春茶上市时节，本报推出系列报道。',
        '3月18日清晨，茶园里一片忙碌景象。',
        '茶农们忙着采摘。',
      ].join('\n'),
    ).bundle.article
    expect(kinds(a)).toEqual(['note', 'lead', 'body'])
  })
})

describe('recognising a 公文', () => {
  const notice = [
    '河川市人民政府办公室关于加强社区应急物资储备工作的通知',
    '各区人民政府，市政府各部门：',
    '　　为提高社区应对突发事件的能力，现就有关工作通知如下。',
    '　　一、总体要求',
    '　　（一）工作目标。到2025年底，每个社区至少建成1个储备点。',
    '　　1.生活类物资',
    '　　（1）饮用水按常住人口测算',
    '　　二、保障措施',
    '　　各区要把经费纳入年度预算。',
    '　　附件：1.社区应急物资储备参考目录',
    '　　　　　2.社区应急物资储备点建设标准',
    '河川市人民政府办公室',
    '2024年3月15日',
    '（此件公开发布）',
  ].join('\n')
  const { bundle, report } = doc(notice)
  const a = bundle.article

  it('finds the title and keeps the 主送机关 line as text', () => {
    expect(a.meta.title).toBe('河川市人民政府办公室关于加强社区应急物资储备工作的通知')
    expect(text(a.blocks[0]!)).toBe('各区人民政府，市政府各部门：')
  })

  it('makes four heading levels with the numbers stripped, splitting a run-in heading from its paragraph', () => {
    const headings = a.blocks.filter((b) => b.type === 'heading')
    expect(headings.map((h) => [h.level, blockText(h), !!(h as { runIn?: true }).runIn])).toEqual([
      [1, '总体要求', false],
      [2, '工作目标。', true],
      [3, '生活类物资', false],
      [4, '饮用水按常住人口测算', false],
      [1, '保障措施', false],
    ])
    const runIn = a.blocks.findIndex((b) => b.type === 'heading' && b.runIn)
    expect(text(a.blocks[runIn + 1]!)).toBe('到2025年底，每个社区至少建成1个储备点。')
  })

  it('marks 附件 lines, the 落款 with its date and the 附注 below it, and gives a 公文 no 导语', () => {
    expect(kinds(a).slice(-5)).toEqual(['attachment', 'attachment', 'signoff', 'signed-date', 'annotation'])
    expect(kinds(a)).not.toContain('lead')
  })

  it('points a run-in paragraph at its column in the draft', () => {
    const runIn = a.blocks.findIndex((b) => b.type === 'heading' && b.runIn)
    expect(report.sourceMap?.blocks[runIn]).toEqual([{ line: 5, column: 6 }])
    expect(report.sourceMap?.blocks[runIn + 1]).toEqual([{ line: 5, column: 11 }])
  })
})

describe('what is not structure', () => {
  it('keeps numbered lines of a news story as paragraphs when there are no 一、 headings', () => {
    const a = doc(
      [
        '三项措施落地',
        '区里出台了三项措施。',
        '1.加强组织领导。各街道要成立专班。',
        '2.加大资金投入。区财政安排专项资金。',
      ].join('\n'),
    ).bundle.article
    expect(a.blocks.every((b) => b.type === 'paragraph')).toBe(true)
  })

  it('does not take dialogue or a closing short line for a heading', () => {
    const a = doc(
      ['茶园开采', '清晨，茶园里一片忙碌。', '“走，看看去！”', '大家跟着他走进茶园。', '记者 林晓'].join(
        '\n',
      ),
    ).bundle.article
    expect(a.blocks.filter((b) => b.type === 'section-heading')).toEqual([])
  })

  it('gives a pasted fragment body blocks only: no title, no meta, no lead, still no chrome', () => {
    const { bundle } = importPlainText('来源：新华社\n第一段文字。\n打印本页 关闭窗口\n第二段文字。')
    expect(bundle.article.meta).toEqual({ title: '' })
    expect(bundle.article.blocks.map(text)).toEqual(['来源：新华社', '第一段文字。', '第二段文字。'])
  })

  it('warns when no title can be found', () => {
    expect(
      doc('这是一段很长的正文，没有任何标题，也没有信息行，只是作者随手写下的一段话。').report.warnings,
    ).toContain('没有识别出标题，请在标题栏中填写。')
  })
})
