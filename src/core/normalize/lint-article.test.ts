import { describe, expect, it } from 'vitest'
import { article, paragraph, sectionHeading } from '../model/build'
import { lineColumn, lintArticle } from './lint-article'

const lint = (...texts: string[]) =>
  lintArticle(
    article(
      { title: '标题' },
      texts.map((t) => paragraph(t)),
    ),
  )
const rules = (...texts: string[]) => lint(...texts).map((p) => [p.rule, p.offset])

describe('lint checks', () => {
  it('reports unpaired quotes and brackets', () => {
    expect(rules('他说：“走吧。')).toEqual([['unpaired', 3]])
    expect(lint('（试行》').map((p) => p.message)).toEqual([
      '「（」没有对应的「）」',
      '「》」前面没有对应的「《」',
    ])
  })

  it('allows a quotation that runs over paragraphs, opened again at each one', () => {
    expect(lint('“第一段引文。', '“第二段引文。”')).toEqual([])
  })

  it('reports half-width punctuation normalisation leaves beside Han, without repeating what it fixes', () => {
    expect(lint('今天天气很好.')[0]).toMatchObject({
      rule: 'mixed-width',
      offset: 6,
      message: '汉字旁用了半角标点「.」，请改为全角',
    })
    expect(lint('今天,天气很好')).toEqual([])
    expect(lint('1.加强组织领导')).toEqual([])
  })

  it('reports repeated punctuation but not ？！, …… or ——', () => {
    expect(rules('好，，的。', '真的吗？？', '真的吗？！', '等等……', '发展——改革')).toEqual([
      ['repeated-punct', 1],
      ['repeated-punct', 3],
    ])
  })

  it('reports full-width Latin letters and digits', () => {
    expect(lint('共有１２３户ＡＢＣ')[0]).toMatchObject({ rule: 'fullwidth-alnum', offset: 2, length: 3 })
  })

  it('reports a section heading that breaks the pattern of its siblings', () => {
    const a = article({ title: '标题' }, [
      sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力'),
      paragraph('正文。'),
      sectionHeading('建强骨干队伍', '为脱贫攻坚增活力'),
      paragraph('正文。'),
      sectionHeading('壮大集体经济实力', '让居民致富有奔头'),
    ])
    expect(lintArticle(a).map((p) => [p.at, p.message])).toEqual([
      [{ block: 4, line: 0 }, '小标题主行「壮大集体经济实力」8 字，与其他小标题（6 字）不对称'],
      [{ block: 4, line: 1 }, '小标题副行「让居民致富有奔头」不合其他小标题「为……力」的格式'],
    ])
  })

  it('finds nothing to report in parallel headings like the sample’s', () => {
    const a = article({ title: '标题' }, [
      sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力'),
      sectionHeading('建强骨干队伍', '为脱贫攻坚增活力'),
      sectionHeading('壮大集体经济', '为居民致富加实力'),
    ])
    expect(lintArticle(a)).toEqual([])
  })
})

describe('line:column for the CLI', () => {
  const a = article({ kicker: '引题', title: '主题' }, [
    paragraph('第一段'),
    sectionHeading('主行', '副行'),
    paragraph('第三段'),
  ])

  it('counts the title block and every block line of the article', () => {
    expect(lineColumn(a, { field: 'title' }, 1)).toEqual({ line: 2, column: 2 })
    expect(lineColumn(a, { block: 1, line: 1 }, 0)).toEqual({ line: 5, column: 1 })
    expect(lineColumn(a, { block: 2, line: 0 }, 2)).toEqual({ line: 6, column: 3 })
  })

  it('points into the draft itself when the import kept a source map', () => {
    const map = { blocks: [[{ line: 9, column: 3 }], null, null], meta: {} }
    expect(lineColumn(a, { block: 0, line: 0 }, 2, map)).toEqual({ line: 9, column: 5 })
  })
})
