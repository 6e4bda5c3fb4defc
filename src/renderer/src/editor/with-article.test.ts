import { describe, expect, it } from 'vitest'
import { Editor, Transforms } from 'slate'
import { paragraph, sectionHeading } from '../../../core/model/build'
import { testEditor, value } from './test-editor'

describe('normalisation keeps the value a valid article', () => {
  it('a third heading line moves out as a paragraph after the heading', () => {
    const editor = testEditor([sectionHeading('一', '二')])
    Transforms.insertNodes(editor, { type: 'heading-line', children: [{ text: '三' }] }, { at: [0, 2] })
    expect(value(editor)).toEqual([sectionHeading('一', '二'), paragraph('三')])
  })

  it('properties a block type does not have are dropped when its type changes', () => {
    const editor = testEditor([paragraph('文字', 'lead')])
    Transforms.setNodes(editor, { type: 'quote' } as never, { at: [0] })
    expect(value(editor)).toEqual([{ type: 'quote', children: [{ text: '文字' }] }])
  })

  it('an explicit body role is left out, as the model writes it', () => {
    const editor = testEditor([paragraph('文字')])
    Transforms.setNodes(editor, { role: 'body' }, { at: [0] })
    expect(value(editor)).toEqual([paragraph('文字')])
  })

  it('text left at the top level is kept in a paragraph of its own', () => {
    const editor = testEditor([paragraph('一'), paragraph('二')])
    editor.children.splice(1, 0, { text: '夹在中间' } as never)
    Editor.normalize(editor, { force: true })
    expect(value(editor)).toEqual([paragraph('一'), paragraph('夹在中间'), paragraph('二')])
  })

  it('an emptied document keeps one paragraph', () => {
    const editor = testEditor([paragraph('文字')])
    Transforms.removeNodes(editor, { at: [0] })
    Editor.normalize(editor, { force: true })
    expect(value(editor)).toEqual([paragraph('')])
  })
})
