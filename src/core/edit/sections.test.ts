import { describe, expect, it } from 'vitest'
import { heading, paragraph, sectionHeading } from '../model/build'
import { applyMoveSteps, sectionEnd, sectionMoveSteps } from './sections'
import { outlineEntries } from './outline'

describe('sections', () => {
  const blocks = [
    paragraph('导语'),
    heading(1, '甲'),
    heading(2, '甲一'),
    paragraph('甲一正文'),
    heading(1, '乙'),
    paragraph('乙正文'),
    heading(1, '丙'),
  ]
  const names = (bs: typeof blocks) =>
    bs.map((b) => ('children' in b && 'text' in b.children[0]! ? b.children[0].text : ''))

  it('a section runs to the next heading of the same or higher rank', () => {
    expect(sectionEnd(blocks, 1)).toBe(4)
    expect(sectionEnd(blocks, 2)).toBe(4)
    expect(sectionEnd(blocks, 6)).toBe(7)
  })

  it('moves a section with its sub-sections down past the next one', () => {
    const moved = applyMoveSteps(blocks, sectionMoveSteps(blocks, 1, 6))
    expect(names(moved)).toEqual(['导语', '乙', '乙正文', '甲', '甲一', '甲一正文', '丙'])
  })

  it('moves a section up and to the end', () => {
    expect(names(applyMoveSteps(blocks, sectionMoveSteps(blocks, 4, 1)))).toEqual([
      '导语',
      '乙',
      '乙正文',
      '甲',
      '甲一',
      '甲一正文',
      '丙',
    ])
    expect(names(applyMoveSteps(blocks, sectionMoveSteps(blocks, 1, 7)))).toEqual([
      '导语',
      '乙',
      '乙正文',
      '丙',
      '甲',
      '甲一',
      '甲一正文',
    ])
  })

  it('refuses to drop a section inside itself', () => {
    expect(sectionMoveSteps(blocks, 1, 3)).toEqual([])
    expect(sectionMoveSteps(blocks, 1, 4)).toEqual([])
  })

  it('the outline lists headings with labels that follow their new order', () => {
    const moved = applyMoveSteps(blocks, sectionMoveSteps(blocks, 4, 1))
    expect(outlineEntries(moved).map((e) => e.label + e.text)).toEqual([
      '一、乙',
      '二、甲',
      '（一）甲一',
      '三、丙',
    ])
  })

  it('lists both lines of a section heading', () => {
    expect(outlineEntries([sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力')])).toEqual([
      { index: 0, rank: 1, label: '', text: '筑牢战斗堡垒', sub: '为乡村振兴添动力' },
    ])
  })
})
