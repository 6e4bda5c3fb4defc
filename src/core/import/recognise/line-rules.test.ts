import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chromeReason, isFooterLine } from './chrome'
import { matchDateline } from './dateline'
import { matchGongwenHeading } from './gongwen-heading'
import { codePoints, isAddresseeLine, isBracketed, isShortHeadingLine } from './line-shapes'
import { parseMetaLine } from './meta-line'
import { findDate, parsePublishedAt } from '../../model/dates'

describe('publish dates', () => {
  it('reads the ways portals write them as ISO in China Standard Time', () => {
    expect(parsePublishedAt('2024-05-20 09:15:00')).toBe('2024-05-20T09:15:00+08:00')
    expect(parsePublishedAt('2024年5月20日 9:15')).toBe('2024-05-20T09:15+08:00')
    expect(parsePublishedAt('2024/5/20')).toBe('2024-05-20')
    expect(findDate('发布于2024.05.20')?.iso).toBe('2024-05-20')
  })
  it('rejects impossible dates', () => {
    expect(findDate('2024-02-30')).toBeUndefined()
    expect(findDate('2024-05-20 25:00')?.iso).toBeUndefined()
  })
})

describe('主送机关', () => {
  it.each(['各区人民政府，市政府各部门、各直属机构：', '市财政局：', '各物业服务企业：', '各镇（街道）党委，区直各单位:', '全体党员同志们：'])('%s', (line) =>
    expect(isAddresseeLine(line)).toBe(true),
  )
  it.each(['记者从市人民政府获悉：', '主要内容如下：', '各区人民政府要高度重视。', '他说：', '附件：1.名单'])('not %s', (line) =>
    expect(isAddresseeLine(line)).toBe(false),
  )
})

describe('the meta line', () => {
  it('takes labels in any order with either colon and drops 浏览次数 and the 字号 toolbar', () => {
    const parsed = parseMetaLine(
      '来源：河湾区住建局 作者:周岚 发布时间：2024-05-20 09:15 浏览次数: 【字号：大 中 小】',
      true,
    )
    expect(parsed?.fields.map((f) => [f.key, f.value])).toEqual([
      ['source', '河湾区住建局'],
      ['author', '周岚'],
      ['publishedAt', '2024-05-20 09:15'],
      ['views', ''],
      ['toolbar', '大 中 小'],
    ])
  })
  it('accepts a leading unlabelled date', () => {
    expect(parseMetaLine('2024-05-20 09:15 来源：新华社', true)?.fields[0]).toMatchObject({
      key: 'publishedAt',
    })
  })
  it('outside the title block only trusts the closing labels, so 「时间：…」 in a notice stays text', () => {
    expect(parseMetaLine('时间：2024年6月1日上午9时', false)).toBeUndefined()
    expect(parseMetaLine('【责任编辑：孙悦】', false)?.fields).toEqual([
      { key: 'editor', label: '责任编辑', value: '孙悦', written: '【责任编辑：孙悦】' },
    ])
  })
  it('is not fooled by a sentence that starts with a label', () => {
    expect(
      parseMetaLine('来源：本文根据区住建局提供的材料整理而成，部分数据截至今年五月底，特此说明', true),
    ).toBeUndefined()
  })
})

describe('公文 headings', () => {
  it('recognises the four levels and strips the number', () => {
    expect(matchGongwenHeading('一、总体要求')).toMatchObject({ level: 1, prefix: 2, runIn: false })
    expect(matchGongwenHeading('（二）基本原则')).toMatchObject({ level: 2, prefix: 3 })
    expect(matchGongwenHeading('3.储备品种')).toMatchObject({ level: 3, prefix: 2 })
    expect(matchGongwenHeading('（4）食品类')).toMatchObject({ level: 4, prefix: 3 })
  })
  it('splits a heading that opens its paragraph at the first full stop', () => {
    const line = '（一）总体要求。坚持问题导向，统筹推进。'
    const h = matchGongwenHeading(line)!
    expect(h).toMatchObject({ level: 2, runIn: true })
    expect(line.slice(h.prefix, h.prefix + h.length)).toBe('总体要求。')
  })
  it('leaves numbered sentences and decimals alone', () => {
    expect(matchGongwenHeading('1.5亿元资金已经全部拨付到位。')).toBeUndefined()
    expect(
      matchGongwenHeading(
        '（一）各区要在四月底前完成辖区内全部储备点的建设、验收和挂牌工作并报市应急管理局备案。',
      ),
    ).toBeUndefined()
  })
})

describe('datelines', () => {
  it('finds 本报讯 and agency datelines with their reporters', () => {
    expect(matchDateline('本报讯（记者 林晓 通讯员 周平）3月18日清晨')).toEqual({
      text: '本报讯（记者 林晓 通讯员 周平）',
      names: '林晓 周平',
    })
    expect(matchDateline('新华社北京5月1日电（记者 王川）今天')?.text).toBe('新华社北京5月1日电（记者 王川）')
    expect(matchDateline('本报北京3月5日电 记者从会上获悉')?.text).toBe('本报北京3月5日电')
    // A local paper's 电头 names the place: 本报 + place + 讯.
    expect(matchDateline('本报青石讯(通讯员 林小溪)近日，青石镇启动人居环境整治。')).toEqual({
      text: '本报青石讯(通讯员 林小溪)',
      names: '林小溪',
    })
  })
  it('does not take an ordinary sentence for one', () => {
    expect(matchDateline('本报记者近日走访了多个社区。')).toBeUndefined()
    expect(matchDateline('本报通讯员林小溪近日走访了青石镇。')).toBeUndefined()
  })
})

describe('page chrome', () => {
  it('names why a line is chrome', () => {
    expect(chromeReason('触碰右侧滑开')).toBe('页面导航提示')
    expect(chromeReason('当前位置：首页 > 新闻中心')).toContain('面包屑')
    expect(chromeReason('【打印本页】【关闭窗口】')).toContain('工具栏')
    expect(chromeReason('分享到:')).toContain('工具栏')
    expect(chromeReason('上一篇：河湾区召开会议')).toContain('上一篇')
    expect(chromeReason('网站地图|设为首页|加入收藏|某某书城')).toBe('网站导航栏')
    expect(chromeReason('20240520093512.jpg')).toBe('图片文件名')
    expect(chromeReason('归档时间：2024-06-01')).toContain('归档')
  })
  it('keeps body sentences that mention the same words', () => {
    expect(chromeReason('会议要求各单位关闭不必要的照明设备。')).toBeUndefined()
    expect(isFooterLine('京ICP备12345678号 网站标识码:1101050001')).toBe(true)
  })
})

describe('section-heading lines', () => {
  it('are short and carry no sentence punctuation', () => {
    expect(isShortHeadingLine('筑起安全防线')).toBe(true)
    expect(isShortHeadingLine('“走，看看去！”')).toBe(false)
    expect(isShortHeadingLine('特此通知。')).toBe(false)
    expect(isShortHeadingLine('（完）')).toBe(false)
    expect(isShortHeadingLine('2024年3月15日')).toBe(false)
  })
})

describe('line length in characters', () => {
  it('counts a character beyond the BMP once, and a lone surrogate as one, as iterating the string does', () => {
    expect(codePoints('刘䶮𠀋说')).toBe(4)
    expect(codePoints('\ud840')).toBe(1)
    expect(codePoints('a\udc0b\ud840')).toBe(3)
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => codePoints(s) === [...s].length))
  })
})

describe('chrome lines without separators', () => {
  it('a tool’s name alone is a toolbar; tools run together, a number, or a bar without bars or spaces are text', () => {
    expect(chromeReason('关闭窗口')).toMatch(/工具栏/u)
    expect(chromeReason('打印本页关闭窗口')).toBeUndefined()
    expect(chromeReason('123')).toBeUndefined()
    expect(chromeReason('首页新闻中心政务公开')).toBeUndefined()
    expect(chromeReason('首页　新闻中心　政务公开')).toMatch(/导航栏/u)
  })
})

describe('bracketed lines', () => {
  it('a line wrapped whole in （） () 【】 [], of any text, as the expression it replaced reads it', () => {
    expect(isBracketed('（此件公开发布）')).toBe(true)
    expect(isBracketed('【完】')).toBe(true)
    expect(isBracketed('（）')).toBe(true)
    expect(isBracketed('（')).toBe(false)
    expect(isBracketed('（下转2版）。')).toBe(false)
    const bracketed = /^[（(【[][^]*[）)】\]]$/u
    const line = fc.string({ unit: fc.constantFrom('（', '）', '(', ')', '【', '】', '[', ']', '文', '\n', '𠀋', ' '), maxLength: 6 })
    fc.assert(fc.property(line, (s) => isBracketed(s) === bracketed.test(s)))
  })
})
