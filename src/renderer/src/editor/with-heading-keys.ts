import { Editor, Point, Range, Transforms } from 'slate'
import type { Block } from '../../../core/model/article'
import { paragraph } from '../../../core/model/build'
import { blockAtSelection } from './block-at'
import { setProps } from './set-props'
import './slate-types'

/**
 * Enter, Backspace and Delete around headings behave the way editors expect (issue 6):
 * Enter in a section heading's main line goes to its sub line, Enter in the sub line starts a paragraph,
 * Backspace at the start of an empty sub line removes it, and no key ever pours a paragraph into a
 * heading's structure or a heading into a paragraph's.
 */
export function withHeadingKeys<E extends Editor>(editor: E): E {
  const { insertBreak, deleteBackward, deleteForward } = editor

  editor.insertBreak = () => {
    if (editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor)
    const at = blockAtSelection(editor)
    if (!at || !editor.selection) return insertBreak()
    const { block, index } = at
    const linePath = at.line === undefined ? [index] : [index, at.line]
    const point = editor.selection.anchor
    const atStart = Point.equals(point, Editor.start(editor, linePath))
    const lineEmpty = Editor.string(editor, linePath) === ''

    if (
      (block.type === 'heading' || (block.type === 'section-heading' && at.line === 0)) &&
      atStart &&
      !lineEmpty
    ) {
      // Like Word: Enter at the start of a heading opens a body paragraph above it.
      Transforms.insertNodes(editor, paragraph(''), { at: [index], select: false })
      return
    }
    if (block.type === 'section-heading') {
      if (at.line === 0 && block.children.length === 2) {
        Transforms.select(editor, Editor.start(editor, [index, 1]))
      } else if (at.line === 0) {
        Transforms.splitNodes(editor, { always: true, match: (_n, p) => p.length === 2 })
      } else {
        Editor.withoutNormalizing(editor, () => {
          Transforms.splitNodes(editor, { always: true, match: (_n, p) => p.length === 2 })
          Transforms.moveNodes(editor, { at: [index, 2], to: [index + 1] })
          setProps(editor, [index + 1], { type: 'paragraph' })
        })
      }
      return
    }
    if (block.type === 'quote' && lineEmpty) {
      setProps(editor, [index], { type: 'paragraph' })
      return
    }
    insertBreak()
    // The paragraph after a heading or the 导语 is body text.
    if (block.type === 'heading') setProps(editor, [index + 1], { type: 'paragraph' })
    else if (block.type === 'paragraph' && block.role === 'lead')
      Transforms.unsetNodes(editor, 'role', { at: [index + 1] })
  }

  editor.deleteBackward = (unit) => {
    const at = collapsedLineStart(editor)
    if (unit !== 'character' || !at) return deleteBackward(unit)
    const { block, index, line } = at
    if (block.type === 'section-heading' && line === 1) {
      if (Editor.string(editor, [index, 1]) === '') {
        Transforms.removeNodes(editor, { at: [index, 1] })
        Transforms.select(editor, Editor.end(editor, [index, 0]))
      } else {
        Transforms.mergeNodes(editor, { at: [index, 1] })
      }
      return
    }
    if (block.type === 'section-heading') return unwrapSectionHeading(editor, index)
    if (block.type === 'heading' || block.type === 'quote') {
      // Backspace at the start of a heading or quote first takes its style away, as in Word.
      Editor.withoutNormalizing(editor, () => {
        setProps(editor, [index], { type: 'paragraph' })
      })
      return
    }
    const previous = editor.children[index - 1] as Block | undefined
    if (previous?.type === 'section-heading') {
      if (Editor.string(editor, [index]) === '') {
        Transforms.removeNodes(editor, { at: [index] })
        Transforms.select(editor, Editor.end(editor, [index - 1]))
      } else {
        mergeIntoHeading(editor, index - 1)
      }
      return
    }
    deleteBackward(unit)
  }

  editor.deleteForward = (unit) => {
    const at = collapsedLineEnd(editor)
    if (unit !== 'character' || !at) return deleteForward(unit)
    const { block, index, line } = at
    const next = editor.children[index + 1] as Block | undefined
    const lastLine = block.type !== 'section-heading' || line === block.children.length - 1
    if (
      block.type === 'section-heading' &&
      lastLine &&
      next &&
      next.type !== 'image' &&
      next.type !== 'section-heading'
    ) {
      return mergeIntoHeading(editor, index)
    }
    if (block.type !== 'section-heading' && block.type !== 'image' && next?.type === 'section-heading') {
      if (Editor.string(editor, [index]) === '') {
        Transforms.removeNodes(editor, { at: [index] })
        Transforms.select(editor, Editor.start(editor, [index]))
        return
      }
      // Pull the heading's main line up into this block; a sub line, if any, stays as the heading.
      Editor.withoutNormalizing(editor, () => {
        Transforms.moveNodes(editor, { at: [index + 1, 0], to: [index + 1] })
        setProps(editor, [index + 1], { type: 'paragraph' })
        Transforms.mergeNodes(editor, { at: [index + 1] })
        const rest = editor.children[index + 1] as Block | undefined
        if (rest?.type === 'section-heading' && (rest.children as unknown[]).length === 0)
          Transforms.removeNodes(editor, { at: [index + 1] })
      })
      return
    }
    deleteForward(unit)
  }

  return editor
}

interface LineAt {
  block: Block
  index: number
  line?: number
}

function collapsedLineStart(editor: Editor): LineAt | undefined {
  return collapsedAt(editor, (point, path) => Point.equals(point, Editor.start(editor, path)))
}

function collapsedLineEnd(editor: Editor): LineAt | undefined {
  return collapsedAt(editor, (point, path) => Point.equals(point, Editor.end(editor, path)))
}

function collapsedAt(
  editor: Editor,
  test: (point: Point, linePath: number[]) => boolean,
): LineAt | undefined {
  const { selection } = editor
  if (!selection || Range.isExpanded(selection)) return undefined
  const at = blockAtSelection(editor)
  if (!at || at.block.type === 'image') return undefined
  const linePath = at.line === undefined ? [at.index] : [at.index, at.line]
  return test(selection.anchor, linePath) ? at : undefined
}

/** A section heading becomes one body paragraph per line. */
function unwrapSectionHeading(editor: Editor, index: number): void {
  const block = editor.children[index] as Block
  if (block.type !== 'section-heading') return
  Editor.withoutNormalizing(editor, () => {
    block.children.forEach((_line, j) => setProps(editor, [index, j], { type: 'paragraph' }))
    Transforms.unwrapNodes(editor, { at: [index] })
  })
}

/** Appends the text block after a section heading to the heading's last line. */
function mergeIntoHeading(editor: Editor, headingIndex: number): void {
  const heading = editor.children[headingIndex] as Block
  if (heading.type !== 'section-heading') return
  const slot = heading.children.length
  Editor.withoutNormalizing(editor, () => {
    Transforms.moveNodes(editor, { at: [headingIndex + 1], to: [headingIndex, slot] })
    setProps(editor, [headingIndex, slot], { type: 'heading-line' })
    Transforms.mergeNodes(editor, { at: [headingIndex, slot] })
  })
}
