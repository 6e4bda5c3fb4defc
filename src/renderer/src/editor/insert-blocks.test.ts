import { describe, expect, it } from 'vitest'
import { heading, paragraph, sectionHeading, text } from '../../../core/model/build'
import { insertBlocks } from './insert-blocks'
import { testEditor, value } from './test-editor'

describe('pasting blocks', () => {
  it('one plain paragraph goes inline, keeping its marks', () => {
    const editor = testEditor([paragraph('开头结尾')], { path: [0, 0], offset: 2 })
    insertBlocks(editor, [paragraph([text('加粗', { bold: true })])])
    expect(value(editor)).toEqual([paragraph([text('开头'), text('加粗', { bold: true }), text('结尾')])])
  })

  it('structured content splits the paragraph it lands in', () => {
    const editor = testEditor([paragraph('开头结尾')], { path: [0, 0], offset: 2 })
    insertBlocks(editor, [sectionHeading('主行', '副行'), paragraph('段落')])
    expect(value(editor)).toEqual([
      paragraph('开头'),
      sectionHeading('主行', '副行'),
      paragraph('段落'),
      paragraph('结尾'),
    ])
  })

  it('replaces an empty paragraph, and goes after a heading rather than into it', () => {
    const editor = testEditor([paragraph('')], { path: [0, 0], offset: 0 })
    insertBlocks(editor, [heading(1, '甲'), paragraph('乙')])
    expect(value(editor)).toEqual([heading(1, '甲'), paragraph('乙')])
    const inHeading = testEditor([sectionHeading('主行')], { path: [0, 0, 0], offset: 1 })
    insertBlocks(inHeading, [paragraph('甲'), paragraph('乙')])
    expect(value(inHeading)).toEqual([sectionHeading('主行'), paragraph('甲'), paragraph('乙')])
  })
})
