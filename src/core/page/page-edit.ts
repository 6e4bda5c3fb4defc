import type { ArticleFrame, PageDocument } from './page'

/**
 * Edits a 版面 view makes, as pure functions over the page document (Slate style): each returns a new
 * document and leaves the one given untouched, so undo and redo are a list of documents. Fitting the
 * grid is the compositor's to report (frames off the grid or overlapping), not these functions' to hide.
 */

function mapFrames(doc: PageDocument, fn: (frame: ArticleFrame) => ArticleFrame): PageDocument {
  return { ...doc, pages: doc.pages.map((p) => ({ ...p, frames: p.frames.map(fn) })) }
}

/** Moves, resizes or restyles a frame; its headline and figure never span more columns than it has. */
export function updateFrame(doc: PageDocument, id: string, patch: Partial<Omit<ArticleFrame, 'id'>>): PageDocument {
  return mapFrames(doc, (f) => {
    if (f.id !== id) return f
    const next = { ...f, ...patch }
    const limit = next.headline.direction === 'vertical' ? next.columns - 1 : next.columns
    if (next.headline.columns > limit) next.headline = { ...next.headline, columns: Math.max(1, limit) }
    if (next.figure && next.figure.columns > next.columns) next.figure = { columns: next.columns }
    return next
  })
}

/** The two frames show each other's article (threads follow: each article's other frames stay as they are). */
export function swapArticles(doc: PageDocument, a: string, b: string): PageDocument {
  const articleOf = (id: string) => doc.pages.flatMap((p) => p.frames).find((f) => f.id === id)?.article
  const [x, y] = [articleOf(a), articleOf(b)]
  if (x === undefined || y === undefined) return doc
  return mapFrames(doc, (f) => (f.id === a ? { ...f, article: y } : f.id === b ? { ...f, article: x } : f))
}

export function addFrame(doc: PageDocument, page: number, frame: ArticleFrame): PageDocument {
  return { ...doc, pages: doc.pages.map((p, i) => (i === page ? { ...p, frames: [...p.frames, frame] } : p)) }
}

/** Removes a frame; its article stays in the file, listed by `unplacedArticles` when no other frame shows it. */
export function removeFrame(doc: PageDocument, id: string): PageDocument {
  return { ...doc, pages: doc.pages.map((p) => ({ ...p, frames: p.frames.filter((f) => f.id !== id) })) }
}

/** Keys of the articles in the file that no frame shows. */
export function unplacedArticles(doc: PageDocument): string[] {
  const placed = new Set(doc.pages.flatMap((p) => p.frames.map((f) => f.article)))
  return Object.keys(doc.articles).filter((k) => !placed.has(k))
}
