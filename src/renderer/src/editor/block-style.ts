import { Editor, Transforms, type Element } from 'slate'
import { PARAGRAPH_ROLES, PARAGRAPH_ROLE_NAMES, type Block, type HeadingLevel, type ParagraphRole } from '../../../core/model/article'
import { blockAtSelection, selectedBlocks } from './block-at'
import { setProps } from './set-props'
import './slate-types'

/** What the 段落样式 menu sets: a paragraph role, a section heading, a 公文 heading level or a quote. */
export type BlockStyle =
  ParagraphRole | 'section-heading' | 'heading-1' | 'heading-2' | 'heading-3' | 'heading-4' | 'quote'

export const BLOCK_STYLE_NAMES: Record<BlockStyle, string> = {
  ...(Object.fromEntries(PARAGRAPH_ROLES.map((r) => [r, PARAGRAPH_ROLE_NAMES[r].name])) as Record<ParagraphRole, string>),
  'section-heading': '插题（小标题）',
  'heading-1': '一级标题 一、',
  'heading-2': '二级标题 （一）',
  'heading-3': '三级标题 1.',
  'heading-4': '四级标题 （1）',
  quote: '引文',
}

/** The order the 段落样式 menus list them in. */
export const STYLE_ORDER: readonly BlockStyle[] = [
  ...PARAGRAPH_ROLES,
  'section-heading',
  'heading-1',
  'heading-2',
  'heading-3',
  'heading-4',
  'quote',
]

function styleOfBlock(block: Block): BlockStyle | undefined {
  switch (block.type) {
    case 'paragraph':
      return block.role ?? 'body'
    case 'section-heading':
      return 'section-heading'
    case 'heading':
      return `heading-${block.level}`
    case 'quote':
      return 'quote'
    case 'image':
      return undefined
  }
}

export function currentBlockStyle(editor: Editor): BlockStyle | undefined {
  const at = blockAtSelection(editor)
  return at ? styleOfBlock(at.block) : undefined
}

/** Whether the heading at the selection runs into the paragraph after it; undefined outside a heading. */
export function runInAtSelection(editor: Editor): boolean | undefined {
  const at = blockAtSelection(editor)
  return at?.block.type === 'heading' ? at.block.runIn === true : undefined
}

/**
 * 接排: makes the selected 公文 headings open the paragraph after them in print and on the portal
 * (「（一）总体要求。坚持…」), or stand on their own line again.
 */
export function toggleRunIn(editor: Editor): void {
  const headings = selectedBlocks(editor).filter(([b]) => b.type === 'heading')
  if (!headings.length) return
  const on = !headings.every(([b]) => b.type === 'heading' && b.runIn)
  Editor.withoutNormalizing(editor, () => {
    for (const [, path] of headings) {
      if (on) setProps(editor, path, { runIn: true })
      else Transforms.unsetNodes(editor, 'runIn', { at: path })
    }
  })
}

/**
 * Restyles every block the selection touches. Two selected paragraphs made into a section heading become
 * its main and sub line, as 插题 are usually typed; a section heading restyled becomes one block per line.
 */
export function setBlockStyle(editor: Editor, style: BlockStyle, template: string): void {
  const entries = selectedBlocks(editor).filter(([b]) => b.type !== 'image')
  if (!entries.length) return
  Editor.withoutNormalizing(editor, () => {
    if (style === 'section-heading') {
      const textBlocks = entries.filter(([b]) => b.type !== 'section-heading')
      const pairs =
        textBlocks.length === 2 && textBlocks[1]![1][0]! === textBlocks[0]![1][0]! + 1
          ? [textBlocks]
          : textBlocks.map((e) => [e])
      for (const group of [...pairs].reverse()) {
        const first = group[0]![1][0]!
        const last = group[group.length - 1]![1][0]!
        for (let i = first; i <= last; i++) {
          setProps(editor, [i], { type: 'heading-line' })
        }
        Transforms.wrapNodes(
          editor,
          { type: 'section-heading', template, children: [] } as unknown as Element,
          { at: [first] },
        )
        if (last > first) Transforms.moveNodes(editor, { at: [first + 1], to: [first, 1] })
      }
      return
    }
    for (const [block, path] of [...entries].reverse()) {
      const at = path[0]!
      let count = 1
      if (block.type === 'section-heading') {
        count = block.children.length
        block.children.forEach((_l, j) => setProps(editor, [at, j], { type: 'paragraph' }))
        Transforms.unwrapNodes(editor, { at: [at] })
      }
      for (let i = at; i < at + count; i++) restyle(editor, i, style)
    }
  })
}

function restyle(editor: Editor, index: number, style: Exclude<BlockStyle, 'section-heading'>): void {
  const at = [index]
  const block = editor.children[index] as Block | undefined
  // An author's heading number is content: a heading made into text keeps it as the text's start.
  if (block?.type === 'heading' && block.number !== undefined && !style.startsWith('heading-')) {
    Transforms.insertText(editor, block.number, { at: Editor.start(editor, at) })
    Transforms.unsetNodes(editor, 'number', { at })
  }
  Transforms.unsetNodes(editor, ['role', 'level', 'runIn'], { at })
  if (style === 'quote') {
    setProps(editor, at, { type: 'quote' })
  } else if (style.startsWith('heading-')) {
    const level = Number(style.slice('heading-'.length)) as HeadingLevel
    setProps(editor, at, { type: 'heading', level })
  } else {
    const role = style as ParagraphRole
    setProps(editor, at, role === 'body' ? { type: 'paragraph' } : { type: 'paragraph', role })
  }
}
