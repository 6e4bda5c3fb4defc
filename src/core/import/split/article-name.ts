import type { Article } from '../../model/article'
import { blockText } from '../../model/text'

const OPENING = 16

/**
 * What to call an article in a list of a page's articles: its title, or for an untitled brief the opening
 * of its text (「近日，青石镇组织干部群众…」).
 */
export function articleName(article: Article): string {
  if (article.meta.title.trim()) return article.meta.title.trim()
  const text =
    article.blocks
      .map(blockText)
      .find((t) => t.trim())
      ?.trim() ?? ''
  const chars = [...text.replace(/^[◆◇●○■□▲△★☆♦•\s]+/u, '')]
  return chars.length > OPENING ? chars.slice(0, OPENING).join('') + '…' : chars.join('')
}
