import { describe, expect, it } from 'vitest'
import { heading, image, paragraph, sectionHeading, text } from '../model/build'
import { compileQuery, findMatches, matchesInCaptions, matchesInMeta, replaceInText, replacementText, type FindQuery } from './find'
import { textLines } from './text-lines'

const q = (t: string, opts: Partial<FindQuery> = {}): RegExp => {
  const c = compileQuery({ text: t, regex: false, matchCase: false, ...opts })
  if (!c.ok) throw new Error(c.error)
  return c.pattern
}

describe('find', () => {
  const blocks = [
    paragraph([text('乡村'), text('振兴', { bold: true }), text('，乡村振兴。')]),
    sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力'),
    heading(1, 'Rural 振兴 rural'),
  ]
  const lines = textLines(blocks)

  it('finds a word split across bold and plain runs, as one highlight', () => {
    const [first] = findMatches(lines, q('乡村振兴'))
    expect(first!.range).toEqual({ anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 1], offset: 2 } })
  })

  it('does not start a highlight at the empty end of the previous run', () => {
    const m = findMatches(lines, q('振兴'))[0]!
    expect(m.range.anchor).toEqual({ path: [0, 1], offset: 0 })
  })

  it('finds text in both lines of a section heading', () => {
    const found = findMatches(lines, q('乡村振兴')).map((m) => m.range.anchor.path)
    expect(found).toEqual([
      [0, 0],
      [0, 2],
      [1, 1, 0],
    ])
  })

  it('ignores case unless asked', () => {
    expect(findMatches(lines, q('rural'))).toHaveLength(2)
    expect(findMatches(lines, q('rural', { matchCase: true }))).toHaveLength(1)
  })

  it('treats regex characters literally in plain mode', () => {
    expect(findMatches(textLines([paragraph('a.b axb')]), q('a.b'))).toHaveLength(1)
    expect(findMatches(textLines([paragraph('a.b axb')]), q('a.b', { regex: true }))).toHaveLength(2)
  })

  it('reports a broken regex instead of throwing', () => {
    expect(compileQuery({ text: '(', regex: true, matchCase: false })).toEqual({
      ok: false,
      error: '正则表达式有误',
    })
  })

  it('skips empty matches', () => {
    expect(findMatches(lines, q('x*', { regex: true }))).toEqual([])
  })

  it('expands $1 and $& in regex replacements only', () => {
    const [m] = findMatches(textLines([paragraph('2020年')]), q('(\\d+)年', { regex: true }))
    expect(replacementText('$1 年（$&）$$', m!.groups, true)).toBe('2020 年（2020年）$')
    expect(replacementText('$1', m!.groups, false)).toBe('$1')
  })

  it('replaces in plain text as in the body: groups, empty matches skipped, a count', () => {
    expect(replaceInText('2020年与2021年', q('(\\d+)年', { regex: true }), '$1 年', true)).toEqual({ text: '2020 年与2021 年', count: 2 })
    expect(replaceInText('a.b axb', q('a.b'), '$&', false)).toEqual({ text: '$& axb', count: 1 })
    expect(replaceInText('溪口', q('x*', { regex: true }), '-', true)).toEqual({ text: '溪口', count: 0 })
    expect(replaceInText('(a)', q('\\((?<inner>a)\\)', { regex: true }), '[$1]', true), 'named groups pass their object through').toEqual({ text: '[a]', count: 1 })
  })
})

describe('matches outside the body', () => {
  const meta = { title: '乡村振兴看溪口', subtitle: '——溪口村的乡村振兴之路', author: '林晓' }
  const blocks = [paragraph('正文里的乡村振兴'), image('a', '', '乡村振兴新貌'), { ...image('b', '', '溪口'), credit: '乡村振兴办 供图' }]

  it('names the title block and meta fields', () => {
    expect(matchesInMeta(meta, q('乡村振兴'))).toEqual([
      { where: '主题', count: 1 },
      { where: '副题', count: 1 },
    ])
    expect(matchesInMeta(meta, q('不存在'))).toEqual([])
    expect(matchesInMeta(meta, q('^', { regex: true })), 'empty matches do not count').toEqual([])
  })

  it('counts captions and credits', () => {
    expect(matchesInCaptions(blocks, q('乡村振兴'))).toBe(2)
    expect(matchesInCaptions(blocks, q('^', { regex: true }))).toBe(0)
  })
})
