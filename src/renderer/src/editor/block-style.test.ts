import { describe, expect, it } from 'vitest'
import { Transforms } from 'slate'
import { heading, paragraph, quote, sectionHeading } from '../../../core/model/build'
import { applyTemplate } from './apply-template'
import { currentBlockStyle, runInAtSelection, setBlockStyle, toggleRunIn } from './block-style'
import { testEditor, value } from './test-editor'

describe('段落样式', () => {
  it('two selected paragraphs become the main and sub line of one section heading', () => {
    const editor = testEditor([paragraph('筑牢战斗堡垒'), paragraph('为乡村振兴添动力'), paragraph('正文')])
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [1, 0], offset: 8 } })
    setBlockStyle(editor, 'section-heading', 'band')
    expect(value(editor)).toEqual([
      sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力', 'band'),
      paragraph('正文'),
    ])
  })

  it('a section heading restyled becomes one block per line', () => {
    const editor = testEditor([sectionHeading('主行', '副行')], { path: [0, 0, 0], offset: 0 })
    setBlockStyle(editor, 'heading-2', 'double-center')
    expect(value(editor)).toEqual([heading(2, '主行'), heading(2, '副行')])
  })

  it('roles, levels and quotes replace each other cleanly', () => {
    const editor = testEditor([heading(1, '文字')], { path: [0, 0], offset: 0 })
    setBlockStyle(editor, 'signoff', 'double-center')
    expect(value(editor)).toEqual([paragraph('文字', 'signoff')])
    setBlockStyle(editor, 'quote', 'double-center')
    expect(value(editor)).toEqual([quote('文字')])
    setBlockStyle(editor, 'body', 'double-center')
    expect(value(editor)).toEqual([paragraph('文字')])
    expect(currentBlockStyle(editor)).toBe('body')
  })

  it('an author’s heading number stays with a heading of another level, and becomes text when it stops being a heading', () => {
    const editor = testEditor([heading(1, '总体要求', false, '二、')], { path: [0, 0], offset: 0 })
    setBlockStyle(editor, 'heading-2', 'double-center')
    expect(value(editor)).toEqual([heading(2, '总体要求', false, '二、')])
    setBlockStyle(editor, 'body', 'double-center')
    expect(value(editor)).toEqual([paragraph('二、总体要求')])
  })

  it('a template applies to one heading or to all, as one undo step', async () => {
    const editor = testEditor([sectionHeading('一'), paragraph('正文'), sectionHeading('二')])
    applyTemplate(editor, 'numbered', 2)
    // Each click is its own tick, as in the app; Slate merges history within a tick.
    await new Promise((r) => setTimeout(r, 0))
    expect(value(editor).map((b) => (b.type === 'section-heading' ? b.template : b.type))).toEqual([
      'double-center',
      'paragraph',
      'numbered',
    ])
    applyTemplate(editor, 'band', 'all')
    expect(value(editor).map((b) => (b.type === 'section-heading' ? b.template : b.type))).toEqual([
      'band',
      'paragraph',
      'band',
    ])
    editor.undo()
    expect(value(editor).map((b) => (b.type === 'section-heading' ? b.template : b.type))).toEqual([
      'double-center',
      'paragraph',
      'numbered',
    ])
  })
})

describe('接排', () => {
  it('runs a heading into the next paragraph and back, and is off outside headings', () => {
    const editor = testEditor([heading(2, '工作目标。'), paragraph('到年底建成。')], { path: [0, 0], offset: 0 })
    expect(runInAtSelection(editor)).toBe(false)
    toggleRunIn(editor)
    expect(value(editor)).toEqual([heading(2, '工作目标。', true), paragraph('到年底建成。')])
    expect(runInAtSelection(editor)).toBe(true)
    toggleRunIn(editor)
    expect(value(editor)).toEqual([heading(2, '工作目标。'), paragraph('到年底建成。')])
    Transforms.select(editor, { path: [1, 0], offset: 0 })
    expect(runInAtSelection(editor)).toBeUndefined()
    toggleRunIn(editor)
    expect(value(editor)).toEqual([heading(2, '工作目标。'), paragraph('到年底建成。')])
  })
})
