import type { Article, AssetData } from '../../../core/model/article'
import type { PageBundle } from '../../../core/page/page'

/**
 * Undo and redo over page edits: each edit is a new document (the core's edits are pure), so history is
 * a list of documents. Typing in one field (a 版头 field) makes one step, as a word processor groups
 * typing. Article text is not part of it: it has its own undo in the article editor, and undoing a frame
 * move must not take back sentences written since (restoring a document keeps each article's current
 * text and images).
 */

export interface PageHistory {
  past: PageBundle[]
  future: PageBundle[]
  /** What the last step was, so more typing in the same field joins it. */
  group?: string
}

/** Steps kept: a day's work on a page, without holding every document ever made. */
const LIMIT = 200

export const EMPTY_HISTORY: PageHistory = { past: [], future: [] }

export interface Edited {
  page: PageBundle
  history: PageHistory
}

/** `next` replaces `current` as one step (or joins the last one when `group` is the last step's). */
export function record(current: PageBundle, next: PageBundle, history: PageHistory, group?: string): Edited {
  if (next === current) return { page: current, history }
  if (group !== undefined && group === history.group) return { page: next, history: { ...history, future: [] } }
  return { page: next, history: { past: [...history.past, current].slice(-LIMIT), future: [], ...(group !== undefined ? { group } : {}) } }
}

/** `snapshot` with the text and images each of its articles has now in `current`. */
function keepArticleText(snapshot: PageBundle, current: PageBundle): PageBundle {
  const articles: Record<string, Article> = {}
  const assetData: Record<string, AssetData> = {}
  for (const key of Object.keys(snapshot.page.articles)) {
    articles[key] = current.page.articles[key] ?? snapshot.page.articles[key]!
    const images = current.page.articles[key] ? current.assetData[key] : snapshot.assetData[key]
    if (images) assetData[key] = images
  }
  return { page: { ...snapshot.page, articles }, assetData }
}

export function undo(current: PageBundle, history: PageHistory): Edited {
  const previous = history.past.at(-1)
  if (!previous) return { page: current, history }
  return { page: keepArticleText(previous, current), history: { past: history.past.slice(0, -1), future: [current, ...history.future] } }
}

export function redo(current: PageBundle, history: PageHistory): Edited {
  const next = history.future[0]
  if (!next) return { page: current, history }
  return { page: keepArticleText(next, current), history: { past: [...history.past, current], future: history.future.slice(1) } }
}

/** An article's text as edited in the article editor: the page changes, its history does not. */
export function withArticle(page: PageBundle, key: string, article: Article, assetData?: AssetData): PageBundle {
  return {
    page: { ...page.page, articles: { ...page.page.articles, [key]: article } },
    assetData: assetData ? { ...page.assetData, [key]: assetData } : page.assetData,
  }
}
