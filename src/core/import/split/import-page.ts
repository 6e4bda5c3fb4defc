import type { ImportResult } from '../types'
import type { SourceDrop, SourceItem } from '../source-item'
import { splitArticles } from './split-articles'

/**
 * A whole draft's items → its import, split into articles where the page holds several. `importItems`
 * recognises one article's items, reporting `dropped` (lines already left out, each at the index of the
 * item it stood before) with its own; it runs once for the page read as one article, and once per article.
 * What the parser or the split left out belongs to the page, so it is reported with the page as one article
 * and listed in `page.none` (the split's furniture first), not with any single article.
 */
export function importPage(
  items: readonly SourceItem[],
  parsed: readonly SourceDrop[],
  importItems: (items: readonly SourceItem[], dropped: readonly SourceDrop[]) => ImportResult,
): ImportResult {
  const split = splitArticles(items)
  // Where a left-out line stood in the page without the furniture: the kept items before it.
  const keptBefore = (at: number) => Math.min(at, items.length) - split.none.filter((n) => n.at < at).length
  const furniture = split.none.map(({ text, reason, at }) => ({ text, kind: 'chrome' as const, reason, item: at }))
  const dropped = [...parsed, ...furniture].map((d) => ({ ...d, item: keptBefore(d.item) }))
  const whole = withPageMeta(importItems(split.kept, dropped), { date: split.date })
  if (split.kind === 'single' || split.articles.length < 2) return whole
  const articles = split.articles.map(({ items: own, column }) => {
    const { bundle, report } = withPageMeta(importItems(own, []), { date: split.date, column })
    return { bundle, report }
  })
  const { kind, label, date, paper } = split
  const none = [...furniture, ...parsed].map(({ text, kind, reason }) => ({ text, kind, reason }))
  return {
    ...whole,
    page: {
      kind,
      articles,
      none,
      ...(label ? { label } : {}),
      ...(date ? { date } : {}),
      ...(paper ? { paper } : {}),
    },
  }
}

/** What the page says of every article on it: the date where the article gives none, the roundup's column. */
function withPageMeta(
  result: ImportResult,
  page: { date?: string | undefined; column?: string | undefined },
): ImportResult {
  const meta = { ...result.bundle.article.meta }
  if (page.date && !meta.publishedAt) meta.publishedAt = page.date
  if (page.column) meta.column = page.column
  const old = result.bundle.article.meta
  if (meta.publishedAt === old.publishedAt && meta.column === old.column) return result
  return { ...result, bundle: { ...result.bundle, article: { ...result.bundle.article, meta } } }
}
