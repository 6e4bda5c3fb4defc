import { describe, expect, it } from 'vitest'
import { applyEdits } from './edit'
import { textEdits, type TextKind } from './text-edits'

const fix = (text: string, kind: TextKind = 'body') => applyEdits(text, textEdits(text, kind))

describe('punctuation width', () => {
  it('turns ASCII , : ; ? ! beside Han into full width', () => {
    expect(fix('截至去年,13个村达标;占到38%;你知道吗?好!')).toBe(
      '截至去年，13个村达标；占到38%；你知道吗？好！',
    )
    expect(fix('发布时间:今天')).toBe('发布时间：今天')
  })
  it('leaves English runs alone', () => {
    expect(fix('他说 Hello, world! 然后离开。')).toBe('他说 Hello, world！然后离开。')
    expect(fix('Hello, world!')).toBe('Hello, world!')
  })
  it('looks through spaces and removes them beside the converted mark', () => {
    expect(fix('我市 , 全市')).toBe('我市，全市')
  })
})

describe('brackets and quotes', () => {
  it('turns ( ) that hold or touch Han into （ ）', () => {
    expect(fix('《办法(试行)》')).toBe('《办法（试行）》')
    expect(fix('驻村(社区)工作队')).toBe('驻村（社区）工作队')
    expect(fix('函数 f(x) 的值')).toBe('函数 f(x) 的值')
  })
  it('pairs straight double quotes around Chinese as “ ” and fixes curly ones pointing the wrong way', () => {
    expect(fix('坚持"居民点单、部门接单"的做法')).toBe('坚持“居民点单、部门接单”的做法')
    expect(fix('他说"OK",然后走了')).toBe('他说“OK”，然后走了')
    expect(fix('实行”一肩挑”')).toBe('实行“一肩挑”')
  })
  it('leaves an odd number of quotes for a person (lint reports it)', () => {
    expect(fix('他说"好的,我们走')).toBe('他说"好的，我们走')
  })
  it('pairs single quotes but never touches an apostrophe', () => {
    expect(fix("所谓'三个一'工作法")).toBe('所谓‘三个一’工作法')
    expect(fix("it's 很好")).toBe("it's 很好")
  })
})

describe('spaces', () => {
  it('removes spaces and NBSP between a number and %, and between Han and CJK punctuation', () => {
    expect(fix('达标率达到100\u00a0%。')).toBe('达标率达到100%。')
    expect(fix('占 5 ‰')).toBe('占 5‰')
    expect(fix('实现\u00a0“一肩挑”')).toBe('实现“一肩挑”')
  })
  it('strips indentation and trailing spaces but keeps a U+3000 inside a line', () => {
    expect(fix('\u3000\u3000正文。  ')).toBe('正文。')
    expect(fix('  \u00a0正文')).toBe('正文')
    expect(fix('姓名\u3000张三')).toBe('姓名\u3000张三')
  })
  it('never inserts a space between Han and Latin letters or digits', () => {
    const text = '全市14条措施覆盖2大类6项,APP下载量达3万次'
    for (const e of textEdits(text)) expect(e.after).not.toMatch(/\s/)
  })
  it('turns a space between headline parts into U+3000, in headlines only', () => {
    expect(fix('抓党建 决战决胜脱贫攻坚', 'headline')).toBe('抓党建\u3000决战决胜脱贫攻坚')
    expect(fix('抓党建 决战决胜脱贫攻坚')).toBe('抓党建 决战决胜脱贫攻坚')
    expect(fix('G20 峰会 召开', 'headline')).toBe('G20 峰会\u3000召开')
  })
})

describe('protected tokens survive untouched', () => {
  it.each([
    ['发布时间 2020-08-03 16:26:27', '2020-08-03 16:26:27'],
    ['网站维护电话:0473-8992631', '0473-8992631'],
    ['蒙ICP备05000809号', '蒙ICP备05000809号'],
    ['蒙公网安备:15030202000006', '蒙公网安备:15030202000006'],
    ['根据国办发〔2017〕47号文件', '国办发〔2017〕47号'],
    ['详见https://www.example.gov.cn/a?b=1,c=2;d=3,欢迎', 'https://www.example.gov.cn/a?b=1,c=2;d=3'],
    ['邮箱:office@example.gov.cn,电话', 'office@example.gov.cn'],
    ['共1,000户,增长12.5个百分点,比例尺1:500', '1,000'],
    ['以“互联网+”农产品', '“互联网+”'],
  ])('%s', (text, token) => {
    expect(fix(text)).toContain(token)
  })
})

describe('normalising twice changes nothing', () => {
  it.each(['他说"OK",你好', '好?!', '(试行),办法', '我市 , 全市( 社区 )', '“你好“,他说', '100 %,  “好”'])(
    '%s',
    (text) => {
      const once = fix(text)
      expect(textEdits(once)).toEqual([])
    },
  )
})
