import type { ArticleFrame, PageDocument } from './page'

/**
 * An article's thread: the frames that show it, in document order (page by page, then as listed). The
 * first carries its headline stack; the text runs on through the rest.
 */

export interface ThreadFrame {
  frame: ArticleFrame
  /** Index of its page in `PageDocument.pages`, and of the frame in that page's list. */
  page: number
  index: number
}

export interface Thread {
  article: string
  frames: ThreadFrame[]
}

export function threadsOf(doc: PageDocument): Thread[] {
  const byArticle = new Map<string, Thread>()
  doc.pages.forEach((p, page) =>
    p.frames.forEach((frame, index) => {
      let thread = byArticle.get(frame.article)
      if (!thread) byArticle.set(frame.article, (thread = { article: frame.article, frames: [] }))
      thread.frames.push({ frame, page, index })
    }),
  )
  return [...byArticle.values()]
}
