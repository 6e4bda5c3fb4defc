import { describe, expect, it } from 'vitest'
import { heading, paragraph } from './build'
import { headingLabels, numberValue, parseChineseNumeral } from './numbering'

describe('公文 heading numbers', () => {
  it('prints an author’s own numbers as written, even where they skip', () => {
    const blocks = [heading(1, '总体要求', false, '二、'), paragraph('正文'), heading(1, '工作措施', false, '六、')]
    expect([...headingLabels(blocks).values()]).toEqual(['二、', '六、'])
  })

  it('numbers a heading without one on from the author’s number before it', () => {
    const blocks = [heading(1, '甲', false, '三、'), heading(2, '甲一'), heading(1, '乙'), heading(2, '乙一'), heading(2, '乙二', false, '（五）'), heading(2, '乙三')]
    expect([...headingLabels(blocks).values()]).toEqual(['三、', '（一）', '四、', '（一）', '（五）', '（六）'])
  })

  it('numbers headings from their level and position where the author gave none', () => {
    expect([...headingLabels([heading(1, '甲'), heading(3, '一'), heading(4, '二'), heading(1, '乙')]).values()]).toEqual(['一、', '1.', '（1）', '二、'])
  })

  it('reads Chinese and Arabic numbers', () => {
    expect(parseChineseNumeral('十二')).toBe(12)
    expect(parseChineseNumeral('二十三')).toBe(23)
    expect(parseChineseNumeral('一百零五')).toBe(105)
    expect(numberValue('（十）')).toBe(10)
    expect(numberValue('1.2 ')).toBe(2)
    expect(numberValue('第三章')).toBe(3)
  })
})
