import type { Article } from '../../../core/model/article'
import type { PageBundle } from '../../../core/page/page'

/**
 * The page compositor keeps what it composed per article object, so a keystroke re-sets only the edited
 * story. Every request reaches the preview worker as a fresh copy (structured clone), so the worker
 * hands the compositor the object it saw last time for each article whose content is unchanged.
 */
export function createArticleInterner(): (bundle: PageBundle) => PageBundle {
  const known = new Map<string, { json: string; article: Article }>()
  return (bundle) => {
    const articles: Record<string, Article> = {}
    for (const [key, article] of Object.entries(bundle.page.articles)) {
      const json = JSON.stringify(article)
      const seen = known.get(key)
      if (seen?.json === json) articles[key] = seen.article
      else known.set(key, { json, article: (articles[key] = article) })
    }
    for (const key of known.keys()) if (!(key in articles)) known.delete(key)
    return { ...bundle, page: { ...bundle.page, articles } }
  }
}
