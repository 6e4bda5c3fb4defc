import type { ArticleFrame, HeadlineWeight, PageDocument } from './page'

const withWeight = (f: ArticleFrame, weight: HeadlineWeight): ArticleFrame => ({ ...f, headline: { ...f.headline, weight } })

/**
 * Makes a frame its page's 头条: its headline takes weight 1, and a story that was 头条 on the same page
 * steps down to weight 2, since a page leads with one story.
 */
export function setLeadStory(doc: PageDocument, id: string): PageDocument {
  const page = doc.pages.findIndex((p) => p.frames.some((f) => f.id === id))
  if (page < 0) return doc
  const frames = doc.pages[page]!.frames.map((f) => (f.id === id ? withWeight(f, 1) : f.headline.weight === 1 ? withWeight(f, 2) : f))
  return { ...doc, pages: doc.pages.map((p, i) => (i === page ? { ...p, frames } : p)) }
}
