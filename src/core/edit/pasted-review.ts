import type { Article } from '../model/article'
import type { ImportReview } from '../model/review'
import { blockText } from '../model/text'

/**
 * A paste runs the same recogniser as import (issue 12, defect 11). Into an empty document it is the draft
 * itself: title and meta filled, page chrome left out. Into a document with text it stays a body paste. Either
 * way, what the recogniser left out is listed in the 导入检查 panel where the pasted blocks went, never lost.
 */

/** Nothing typed yet: no meta, no images, only empty paragraphs. */
export function isEmptyArticle(article: Pick<Article, 'meta' | 'blocks'>): boolean {
  const { title, ...rest } = article.meta
  return (
    !title.trim() &&
    Object.values(rest).every((v) => v === undefined || v === '' || (Array.isArray(v) && !v.length)) &&
    article.blocks.every((b) => b.type === 'paragraph' && !blockText(b).trim())
  )
}

/** The review with a paste's dropped lines and guesses added, their blocks counted from `at` where the paste went. */
export function withPasted(
  review: ImportReview | undefined,
  pasted: Pick<ImportReview, 'dropped' | 'guesses'>,
  at: number,
  source: ImportReview['source'],
): ImportReview | undefined {
  if (!pasted.dropped.length && !pasted.guesses.length) return review
  const base = review ?? { source, dropped: [], guesses: [], changes: [] }
  const dropped = [...base.dropped, ...pasted.dropped.map((d) => ({ ...d, before: d.before + at }))]
  const guesses = [...base.guesses, ...pasted.guesses.map((g) => ('block' in g.at ? { ...g, at: { block: g.at.block + at } } : g))]
  return { ...base, dropped: dropped.sort((a, b) => a.before - b.before), guesses }
}
