import type { Article, Block, Inline } from './article'

/** Plain-text views of the model, shared by every renderer so they agree on the text. */

export function inlineText(children: readonly Inline[]): string {
  let out = ''
  for (const c of children) out += c.text
  return out
}

/** The text lines a block contributes, in reading order (a two-line heading gives two). */
export function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'section-heading':
      return block.children.map((line) => inlineText(line.children))
    case 'image':
      return [block.caption, block.credit].filter((s): s is string => !!s)
    default:
      return [inlineText(block.children)]
  }
}

export function blockText(block: Block): string {
  return blockLines(block).join('\n')
}

/** The title block lines: 引题, 主题, 副题. */
export function titleLines(article: Article): string[] {
  const { kicker, title, subtitle } = article.meta
  return [kicker, title, subtitle].filter((s): s is string => !!s)
}

/** All the text of an article, title block first: for counting, searching and font coverage. */
export function articlePlainText(article: Article): string {
  return [...titleLines(article), ...article.blocks.flatMap(blockLines)].join('\n')
}
