import { describe, expect, it } from 'vitest'
import { blockText } from '../../model/text'
import { importPlainText } from '../import-draft'
import { creditedNames, splitSourceCredit } from './credit'

/** Issue 12: the 作者 or 来源 a page gives only at the end of the article. */

const doc = (lines: string[]) => importPlainText(lines.join('\n'), { document: true })
const HEAD = ['柳溪县启动冬季植树活动', '发布时间：2025-11-20']
const FIRST = '  11月19日，柳溪县在青石镇启动冬季植树活动，机关干部和志愿者种下银杏、香樟等苗木三千余株。'

describe('a credit closing the article', () => {
  it('takes the people in the parenthesis closing the last paragraph as the 作者, and keeps the text', () => {
    const last = '  县林业局负责人表示，今冬明春将新增造林一万亩。（青石镇林晓）'
    const { bundle, report } = doc([...HEAD, FIRST, last])
    expect(bundle.article.meta.author).toBe('林晓')
    expect(bundle.article.blocks.map(blockText).at(-1)).toBe(last)
    expect(
      report.guesses.find((g) => 'field' in g.at && g.at.field === 'author')?.confidence,
    ).toBeGreaterThan(0.8)
  })

  it('takes the photographer of a photo story, and two reporters in one parenthesis', () => {
    expect(doc([...HEAD, `${FIRST} 周平 摄`]).bundle.article.meta.author).toBe('周平')
    expect(doc([...HEAD, `${FIRST}（许安 陈默）`]).bundle.article.meta.author).toBe('许安 陈默')
  })

  it('keeps the 作者 the page gave above, and takes no agency, 「（完）」 or 「（待续）」 as a name', () => {
    expect(doc([HEAD[0]!, '作者：何锐', HEAD[1]!, `${FIRST}（许安）`]).bundle.article.meta.author).toBe(
      '何锐',
    )
    for (const end of ['（完）', '（待续）', '（新华社）', '（见附件）'])
      expect(doc([...HEAD, FIRST + end]).bundle.article.meta.author).toBeUndefined()
  })

  it('takes a bracketed organisation on the last line as the 来源, even with its bracket lost', () => {
    const { bundle } = doc([...HEAD, FIRST, '（柳溪县林业局', '主办：柳溪县人民政府'])
    expect(bundle.article.meta.source).toBe('柳溪县林业局')
    expect(bundle.article.blocks.map(blockText)).toEqual([FIRST])
  })

  it('splits a 来源 that runs on into its correspondents: the source, then the names without their unit', () => {
    const { bundle } = doc([
      HEAD[0]!,
      '2025-11-20 09:30来源：柳溪在线通讯员 柳溪县林业局 通讯员 林晓 周平',
      FIRST,
    ])
    expect(bundle.article.meta).toMatchObject({ source: '柳溪在线', author: '林晓 周平' })
    expect(splitSourceCredit('柳溪县林业局')).toBeUndefined()
    expect(splitSourceCredit('柳溪在线通讯员 供稿并整理')).toBeUndefined()
  })

  it('reads role words and a unit out of the names', () => {
    expect(creditedNames('作者：王某')).toBe('王某')
    expect(creditedNames('张三/文 李四/图')).toBe('张三 李四')
    expect(creditedNames('本报记者 赵某')).toBe('赵某')
    expect(creditedNames('县交通局王某')).toBe('王某')
    expect(creditedNames('此件公开发布')).toBeUndefined()
  })
})
