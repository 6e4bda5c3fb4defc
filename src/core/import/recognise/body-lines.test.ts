import { describe, expect, it } from 'vitest'
import type { Block } from '../../model/article'
import { blockText } from '../../model/text'
import { importPlainText } from '../import-draft'

const HEAD = ['溪口镇建成村级养老服务站', '发布时间:2024-04-10 09:00 来源:溪口镇']
const imported = (body: string[]) => importPlainText([...HEAD, ...body].join('\n\n'), { document: true })
const shape = (b: Block) =>
  b.type === 'section-heading'
    ? `section ${blockText(b).split('\n').join(' / ')}`
    : `${b.type === 'paragraph' ? (b.role ?? 'p') : b.type} ${blockText(b).trim()}`
const shapes = (body: string[]) => imported(body).bundle.article.blocks.map(shape)
const dropped = (body: string[]) => imported(body).report.dropped.map((d) => d.text)

describe('captions whose photo is not in the draft', () => {
  const body = [
    '老人们在养老服务站里下棋聊天。周小禾 摄',
    '近日,溪口镇首个村级养老服务站在东岭村建成投用。',
    '(镇村干部查看服务站的助餐设施)',
    '服务站设有助餐点、日间照料室和康复室,可同时接待30位老人。',
    '揭牌现场',
    '下一步,溪口镇将在其余5个村推广这一做法。',
    '林建国(左二)与村民一起检查服务站的消防设备。',
  ]

  it('leaves them out of the body and lists each in the report, with why', () => {
    expect(shapes(body)).toEqual([
      'lead 近日,溪口镇首个村级养老服务站在东岭村建成投用。',
      'p 服务站设有助餐点、日间照料室和康复室,可同时接待30位老人。',
      'p 下一步,溪口镇将在其余5个村推广这一做法。',
    ])
    const report = imported(body).report.dropped.filter((d) => d.reason.startsWith('图片说明'))
    expect(report.map((d) => d.text)).toEqual([body[0], body[2], body[4], body[6]])
    expect(report[0]!.reason).toContain('摄')
  })

  it('keeps a photo story’s only text, and a bracketed line at the end (a 附注, a jump line) or naming a reporter', () => {
    expect(shapes(['东岭村的老人在新落成的服务站里晒太阳,享受冬日暖阳。周小禾 摄'])).toEqual([
      'lead 东岭村的老人在新落成的服务站里晒太阳,享受冬日暖阳。周小禾 摄',
    ])
    const kept = [
      '近日,东岭村养老服务站建成。',
      '(记者 周小禾 通讯员 林海)',
      '服务站可接待30位老人。',
      '(此件公开发布)',
    ]
    expect(dropped(kept)).toEqual([])
  })
})

describe('headings with a colon inside', () => {
  it('reads a colon headline over body text as a heading, and over a short line as a two-line heading', () => {
    expect(
      shapes([
        '今年以来,溪口镇把养老服务作为民生实事来办。',
        '助餐点:让老人吃上热乎饭',
        '服务站每天中午提供两荤一素,本村老人每餐只需付5元。',
        '志愿者队伍:从12人增加到60人',
        '退休教师的第二份工作',
        '退休教师陈老师每周来服务站两次,给老人读报。',
      ]).slice(1),
    ).toEqual([
      'section 助餐点:让老人吃上热乎饭',
      'p 服务站每天中午提供两荤一素,本村老人每餐只需付5元。',
      'section 志愿者队伍:从12人增加到60人 / 退休教师的第二份工作',
      'p 退休教师陈老师每周来服务站两次,给老人读报。',
    ])
  })

  it('leaves label–value lists, credits and meta fields as they were', () => {
    const body = [
      '首批服务站名单如下。',
      '东岭村:村委会东侧平房',
      '西岭村:老祠堂改建',
      '题字:林建国',
      '服务站由镇民政办统一管理。',
    ]
    expect(shapes(body).filter((s) => s.startsWith('section'))).toEqual([])
  })
})

describe('a series of headings', () => {
  it('does not make a list’s title and its first group heading one two-line heading when later groups head on their own', () => {
    const blocks = shapes([
      '镇里公布了首批服务站名单。',
      '首批村级养老服务站名单',
      '重点覆盖东部片区的服务站(3个)',
      '东岭村服务站设在村委会东侧平房内。',
      '重点覆盖西部片区的服务站(2个)',
      '西岭村服务站由老祠堂改建而成。',
    ])
    expect(blocks.filter((s) => s.startsWith('section'))).toEqual([
      'section 首批村级养老服务站名单',
      'section 重点覆盖东部片区的服务站(3个)',
      'section 重点覆盖西部片区的服务站(2个)',
    ])
  })

  it('keeps pairs whose sub lines are alike as two-line headings (the sample’s 「为…力」 lines)', () => {
    const blocks = shapes([
      '镇里把养老服务作为民生实事来办。',
      '建好服务站点',
      '为养老服务添动力',
      '服务站覆盖全镇。',
      '配齐服务队伍',
      '为养老服务增活力',
      '志愿者队伍不断壮大。',
    ])
    expect(blocks.filter((s) => s.startsWith('section'))).toEqual([
      'section 建好服务站点 / 为养老服务添动力',
      'section 配齐服务队伍 / 为养老服务增活力',
    ])
  })

  it('leaves out a piece’s byline under its heading, listed in the report', () => {
    const body = [
      '编者按:春节期间,本报记者走进各地乡村。',
      '东 岭',
      '养老服务站,把温暖送到家门口',
      '本报记者 周小禾',
      '东岭村的老人们在服务站里过了一个热闹的年。',
    ]
    expect(shapes(body)).toEqual([
      'note 编者按:春节期间,本报记者走进各地乡村。',
      'section 东 岭 / 养老服务站,把温暖送到家门口',
      'p 东岭村的老人们在服务站里过了一个热闹的年。',
    ])
    expect(dropped(body)).toContain('本报记者 周小禾')
  })
})

describe('a deck above the 编者按', () => {
  const draft = (lines: string[]) =>
    importPlainText(['溪口镇的养老服务站', '题字:林建国', ...lines].join('\n'), { document: true })

  it('takes the short lines between the headline and the 编者按 into the 摘要, listed as a guess', () => {
    const deck = [
      '今年以来,全镇16个村全部建成服务站',
      '累计服务老人3200余人次',
      '开展文体活动60场,志愿者增至200人',
    ]
    const { bundle, report } = draft([
      ...deck,
      '编者按:养老是民生大事。本报今起推出系列报道,走进溪口镇的养老服务站。',
      '近日,溪口镇首个村级养老服务站在东岭村建成投用。',
    ])
    expect(bundle.article.meta.summary).toBe(deck.join('\n'))
    expect(bundle.article.blocks.map(shape)[0]).toMatch(/^note 编者按/u)
    const summary = report.guesses.filter((g) => 'field' in g.at && g.at.field === 'summary')
    expect(summary.map((g) => g.text)).toEqual(deck)
  })

  it('leaves a paragraph above the 编者按 in the body', () => {
    const { bundle } = draft(['近日,溪口镇首个村级养老服务站建成投用。', '编者按:养老是民生大事。'])
    expect(bundle.article.meta.summary).toBeUndefined()
    expect(bundle.article.blocks.map(shape)[0]).toBe('lead 近日,溪口镇首个村级养老服务站建成投用。')
  })
})
