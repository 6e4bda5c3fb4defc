import { describe, expect, it } from 'vitest'
import type { Article, Block } from '../../model/article'
import { blockText } from '../../model/text'
import { importPlainText } from '../import-draft'
import { continues, matchNumbered } from './outline'

const doc = (lines: string[]) => importPlainText(lines.join('\n\n'), { document: true }).bundle.article
const shape = (b: Block) =>
  b.type === 'heading'
    ? `h${b.level}${b.runIn ? ' run-in' : ''} ${b.number ?? ''}|${blockText(b)}`
    : b.type === 'section-heading'
      ? `section ${blockText(b).split('\n').join(' / ')}`
      : `${b.type === 'paragraph' ? (b.role ?? 'p') : b.type} ${blockText(b).trim()}`
const shapes = (a: Article) => a.blocks.map(shape)

/** A notice issuing a 预案: its 落款, then the 预案's title, 目录 and decimal-numbered sections. */
const NOTICE_WITH_PLAN = [
  '青溪县人民政府办公室关于印发《青溪县防汛抢险应急预案》的通知',
  '发布日期:2024-05-06',
  '各镇人民政府,县直有关单位:',
  '《青溪县防汛抢险应急预案》已经县政府同意,现印发给你们,请认真执行。',
  '青溪县人民政府办公室',
  '2024年5月6日',
  '青溪县防汛抢险应急预案',
  '目  录',
  '1 总则',
  '1.1 编制目的',
  '1.2 适用范围',
  '2 组织体系',
  '2.1 指挥部',
  '3  附则',
  '1 总则',
  '1.1 编制目的',
  '为做好汛期抢险工作,减少灾害损失,制定本预案。',
  '1.2 适用范围',
  '本预案适用于本县境内的江河洪水和山洪灾害。',
]

describe('the outline of a document a notice issues', () => {
  const a = doc(NOTICE_WITH_PLAN)

  it('makes its title and the 目录 label headings, keeps the 目录 entries as paragraphs, and the decimal headings with their numbers', () => {
    expect(shapes(a)).toEqual([
      'addressee 各镇人民政府,县直有关单位:',
      'p 《青溪县防汛抢险应急预案》已经县政府同意,现印发给你们,请认真执行。',
      'signoff 青溪县人民政府办公室',
      'signed-date 2024年5月6日',
      'section 青溪县防汛抢险应急预案',
      'section 目  录',
      'p 1 总则',
      'p 1.1 编制目的',
      'p 1.2 适用范围',
      'p 2 组织体系',
      'p 2.1 指挥部',
      'p 3  附则',
      'h1 1 |总则',
      'h2 1.1 |编制目的',
      'p 为做好汛期抢险工作,减少灾害损失,制定本预案。',
      'h2 1.2 |适用范围',
      'p 本预案适用于本县境内的江河洪水和山洪灾害。',
    ])
  })

  it('finds a 目录 without its label from the entries the later headings repeat, even where the 目录 lost its top-level numbers', () => {
    const lines = NOTICE_WITH_PLAN.filter((l) => l !== '目  录').map((l, i) =>
      i === 7 ? '总则' : i === 10 ? '组织体系' : l,
    )
    expect(shapes(doc(lines)).slice(4, 13)).toEqual([
      'section 青溪县防汛抢险应急预案',
      'p 总则',
      'p 1.1 编制目的',
      'p 1.2 适用范围',
      'p 组织体系',
      'p 2.1 指挥部',
      'p 3  附则',
      'h1 1 |总则',
      'h2 1.1 |编制目的',
    ])
  })

  it('keeps the 规则 a notice issues apart from its first chapter, rather than one two-line heading', () => {
    const a = doc([
      '石门县人民政府关于印发《石门县人民政府工作规则》的通知',
      '发布日期:2024-02-01',
      '各乡镇人民政府,县政府各部门:',
      '《石门县人民政府工作规则》已经县政府常务会议通过,现予印发。',
      '石门县人民政府工作规则',
      '第一章  总  则',
      '一、为规范县政府工作,提高行政效能,根据有关法律法规,制定本规则。',
    ])
    expect(shapes(a).slice(2, 4)).toEqual(['section 石门县人民政府工作规则', 'section 第一章  总  则'])
  })

  it('leaves a numbered list in a news story as paragraphs: nothing stands under its items', () => {
    const a = doc([
      '城西社区发布夏季活动安排',
      '发布时间:2024-06-01 10:00',
      '城西社区近日公布了今年夏季的活动安排,共有三项。',
      '1 亲子阅读会',
      '2 老年健身操',
      '3 邻里运动会',
      '活动均免费参加,居民可到社区服务站报名。',
    ])
    expect(a.blocks.filter((b) => b.type === 'heading')).toEqual([])
  })

  it('does not read a short line and a numbered heading under it as one two-line heading', () => {
    const a = doc([
      '关于做好防汛准备工作的通知',
      '发布日期:2024-05-06',
      '各单位:',
      '现将有关事项通知如下,请认真落实。',
      '工作要求',
      '1 落实责任',
      '各单位主要负责人是防汛第一责任人。',
      '2 加强值守',
      '汛期实行24小时值班。',
    ])
    expect(shapes(a).slice(2)).toEqual([
      'section 工作要求',
      'h1 1 |落实责任',
      'p 各单位主要负责人是防汛第一责任人。',
      'h1 2 |加强值守',
      'p 汛期实行24小时值班。',
    ])
  })
})

describe('公文 items that are paragraphs', () => {
  it('keeps an item a paragraph when the items before it at its level are paragraphs, though its first sentence is short', () => {
    const a = doc([
      '北岭县人民政府工作规则',
      '发布日期:2024-03-01',
      '一、为进一步规范县政府工作,提高工作效率和服务水平,建设人民满意的法治政府,依据有关法律法规,结合本县实际,制定本规则。',
      '二、县政府工作坚持依法行政、科学民主决策,严格遵守议事规则,按照规定的权限和程序办事,自觉接受各方面的监督。',
      '三、县政府实行县长负责制。县长领导县政府的全面工作,副县长协助县长工作。',
    ])
    expect(a.blocks.filter((b) => b.type === 'heading')).toEqual([])
    expect(a.blocks.at(-1)).toMatchObject({ type: 'paragraph' })
    expect(blockText(a.blocks.at(-1)!)).toMatch(/^三、县政府实行县长负责制。/u)
  })
})

describe('decimal numbers', () => {
  it('reads the number path and where the title starts', () => {
    expect(matchNumbered('1.2 编制依据')).toEqual({ scheme: 'd', path: [1, 2], prefix: 4 })
    expect(matchNumbered('3  附则')).toEqual({ scheme: 'd', path: [3], prefix: 3 })
    expect(matchNumbered('2.1.3应急响应')).toEqual({ scheme: 'd', path: [2, 1, 3], prefix: 5 })
    expect(matchNumbered('第十二章 附则')).toEqual({ scheme: '章', path: [12], prefix: 5 })
    expect(matchNumbered('1.总则')).toBeUndefined()
    expect(matchNumbered('2024年工作要点')).toBeUndefined()
  })

  it('continues a number with its first sub-section or the next section at its level or above', () => {
    expect(continues([1], [1, 1])).toBe(true)
    expect(continues([1, 1], [1, 2])).toBe(true)
    expect(continues([1, 3], [2])).toBe(true)
    expect(continues([1, 2, 1], [1, 3])).toBe(true)
    expect(continues([1], [1, 2])).toBe(false)
    expect(continues([1, 1], [1, 1])).toBe(false)
    expect(continues([2], [1])).toBe(false)
  })
})
