import { describe, expect, it } from 'vitest'
import { Editor } from 'slate'
import { paragraph } from '../../../core/model/build'
import { withTypingGroups } from './with-typing-groups'
import { testEditor, value } from './test-editor'

describe('undo steps for typing', () => {
  it('a pause of more than a second starts a new undo step', async () => {
    // Slate flushes operations at the end of a tick; each keystroke is its own.
    const tick = () => new Promise((r) => setTimeout(r, 0))
    let clock = 0
    const editor = withTypingGroups(testEditor([paragraph('')], { path: [0, 0], offset: 0 }), () => clock)
    Editor.insertText(editor, '今天')
    await tick()
    clock += 300
    Editor.insertText(editor, '天气')
    await tick()
    clock += 1500
    Editor.insertText(editor, '很好')
    editor.undo()
    expect(value(editor)).toEqual([paragraph('今天天气')])
    editor.undo()
    expect(value(editor)).toEqual([paragraph('')])
  })
})
