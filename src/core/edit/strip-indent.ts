import type { Block, Inline } from '../model/article'

const INDENT = /^[ \t\u00a0\u3000]+/u

function stripInlines(children: Inline[]): Inline[] {
  const out = [...children]
  while (out.length > 1 && INDENT.test(out[0]!.text) && out[0]!.text.replace(INDENT, '') === '') out.shift()
  out[0] = { ...out[0]!, text: out[0]!.text.replace(INDENT, '') }
  return out
}

/**
 * Pasted paragraphs lose the spaces they were indented with: the editor indents by style, and the
 * recogniser has already used the indent to find where paragraphs start (design §2, rule 5).
 */
export function stripIndent(block: Block): Block {
  if (block.type === 'paragraph' || block.type === 'quote' || block.type === 'heading') {
    return { ...block, children: stripInlines(block.children) } as Block
  }
  return block
}
