import { describe, expect, it } from 'vitest'
import { Editor } from 'slate'
import { heading, paragraph, quote, sectionHeading } from '../../../core/model/build'
import { testEditor, value } from './test-editor'

describe('Enter, Backspace and Delete around headings', () => {
  it('Enter at the end of a main line opens the sub line', () => {
    const editor = testEditor([sectionHeading('筑牢战斗堡垒'), paragraph('正文')], {
      path: [0, 0, 0],
      offset: 6,
    })
    editor.insertBreak()
    editor.insertText('为乡村振兴添动力')
    expect(value(editor)).toEqual([sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力'), paragraph('正文')])
  })

  it('Enter in a main line that has a sub line moves to the sub line', () => {
    const editor = testEditor([sectionHeading('主行', '副行')], { path: [0, 0, 0], offset: 2 })
    editor.insertBreak()
    expect(editor.selection?.anchor).toEqual({ path: [0, 1, 0], offset: 0 })
    expect(value(editor)).toEqual([sectionHeading('主行', '副行')])
  })

  it('Enter in the sub line starts a body paragraph after the heading', () => {
    const editor = testEditor([sectionHeading('主行', '副行')], { path: [0, 1, 0], offset: 2 })
    editor.insertBreak()
    editor.insertText('正文')
    expect(value(editor)).toEqual([sectionHeading('主行', '副行'), paragraph('正文')])
  })

  it('Enter at the start of a heading opens a paragraph above it', () => {
    const editor = testEditor([heading(1, '总体要求')], { path: [0, 0], offset: 0 })
    editor.insertBreak()
    expect(value(editor)).toEqual([paragraph(''), heading(1, '总体要求')])
  })

  it('the paragraph after a 公文 heading or the 导语 is body text', () => {
    const editor = testEditor([heading(2, '工作目标'), paragraph('导语。', 'lead')], {
      path: [0, 0],
      offset: 4,
    })
    editor.insertBreak()
    Editor.insertText(editor, '正文')
    expect(value(editor)[1]).toEqual(paragraph('正文'))
    const lead = testEditor([paragraph('导语。', 'lead')], { path: [0, 0], offset: 3 })
    lead.insertBreak()
    expect(value(lead)).toEqual([paragraph('导语。', 'lead'), paragraph('')])
  })

  it('Enter in an empty quote ends the quote', () => {
    const editor = testEditor([quote('引文'), quote('')], { path: [1, 0], offset: 0 })
    editor.insertBreak()
    expect(value(editor)).toEqual([quote('引文'), paragraph('')])
  })

  it('Backspace at the start of an empty sub line removes it and returns to the main line', () => {
    const editor = testEditor([sectionHeading('主行', '')], { path: [0, 1, 0], offset: 0 })
    editor.deleteBackward('character')
    expect(value(editor)).toEqual([sectionHeading('主行')])
    expect(editor.selection?.anchor).toEqual({ path: [0, 0, 0], offset: 2 })
  })

  it('Backspace at the start of a sub line with text joins it to the main line', () => {
    const editor = testEditor([sectionHeading('主行', '副行')], { path: [0, 1, 0], offset: 0 })
    editor.deleteBackward('character')
    expect(value(editor)).toEqual([sectionHeading('主行副行')])
  })

  it('Backspace at the start of a heading makes it body text, one paragraph per line', () => {
    const editor = testEditor([sectionHeading('主行', '副行')], { path: [0, 0, 0], offset: 0 })
    editor.deleteBackward('character')
    expect(value(editor)).toEqual([paragraph('主行'), paragraph('副行')])
    const numbered = testEditor([heading(1, '总体要求')], { path: [0, 0], offset: 0 })
    numbered.deleteBackward('character')
    expect(value(numbered)).toEqual([paragraph('总体要求')])
  })

  it('Backspace at the start of a paragraph after a section heading joins the heading’s last line', () => {
    const editor = testEditor([sectionHeading('主行', '副行'), paragraph('接上')], {
      path: [1, 0],
      offset: 0,
    })
    editor.deleteBackward('character')
    expect(value(editor)).toEqual([sectionHeading('主行', '副行接上')])
    const empty = testEditor([sectionHeading('主行'), paragraph('')], { path: [1, 0], offset: 0 })
    empty.deleteBackward('character')
    expect(value(empty)).toEqual([sectionHeading('主行')])
  })

  it('Delete at the end of a paragraph before a section heading pulls up only its main line', () => {
    const editor = testEditor([paragraph('正文'), sectionHeading('主行', '副行')], {
      path: [0, 0],
      offset: 2,
    })
    editor.deleteForward('character')
    expect(value(editor)).toEqual([paragraph('正文主行'), sectionHeading('副行')])
  })

  it('Delete at the end of a heading’s last line joins the next paragraph to it', () => {
    const editor = testEditor([sectionHeading('主行'), paragraph('正文')], { path: [0, 0, 0], offset: 2 })
    editor.deleteForward('character')
    expect(value(editor)).toEqual([sectionHeading('主行正文')])
  })
})
