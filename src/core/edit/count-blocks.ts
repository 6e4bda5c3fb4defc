import type { Article, Block } from '../model/article'
import { addCounts, countText, ZERO_COUNT, type CharCount } from '../model/stats'
import { blockLines, titleLines } from '../model/text'

/**
 * 字数 of an article, reusing the count of every block that did not change. Slate replaces only the
 * blocks an edit touched, so after a keystroke in a 3,000-paragraph article one block is recounted.
 */
const cache = new WeakMap<Block, CharCount>()

function countBlock(block: Block): CharCount {
  let count = cache.get(block)
  if (!count) {
    count = blockLines(block).map(countText).reduce(addCounts, ZERO_COUNT)
    cache.set(block, count)
  }
  return count
}

export function countArticleCached(article: Article): CharCount {
  let total = titleLines(article).map(countText).reduce(addCounts, ZERO_COUNT)
  for (const block of article.blocks) total = addCounts(total, countBlock(block))
  return total
}
