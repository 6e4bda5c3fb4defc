import type { Block, Inline } from '../model/article'

/**
 * Every run of editable text in the block list — a paragraph, heading, quote or one line of a section
 * heading — with its Slate path, so find, replace and counting work on what the user sees as one line.
 */
export interface TextLine {
  path: number[]
  children: readonly Inline[]
  text: string
}

export function textLines(blocks: readonly Block[]): TextLine[] {
  const lines: TextLine[] = []
  const push = (path: number[], children: readonly Inline[]) => {
    let text = ''
    for (const c of children) text += c.text
    lines.push({ path, children, text })
  }
  blocks.forEach((block, i) => {
    if (block.type === 'image') return
    if (block.type === 'section-heading') block.children.forEach((line, j) => push([i, j], line.children))
    else push([i], block.children)
  })
  return lines
}

export interface TextPoint {
  path: number[]
  offset: number
}

/**
 * The Slate point at `offset` characters into a line whose text is split over leaves. At a leaf boundary
 * `affinity` picks the earlier leaf ('backward', for range ends) or the later one ('forward', for starts),
 * so a highlight never begins with an empty piece of the previous leaf.
 */
export function pointInLine(
  linePath: readonly number[],
  children: readonly Inline[],
  offset: number,
  affinity: 'forward' | 'backward',
): TextPoint {
  let rest = offset
  for (let i = 0; i < children.length; i++) {
    const len = children[i]!.text.length
    const last = i === children.length - 1
    if (rest < len || (rest === len && (affinity === 'backward' || last)))
      return { path: [...linePath, i], offset: rest }
    rest -= len
  }
  const last = Math.max(0, children.length - 1)
  return { path: [...linePath, last], offset: children[last]?.text.length ?? 0 }
}
