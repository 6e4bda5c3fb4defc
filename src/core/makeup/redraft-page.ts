import { UserError } from '../errors'
import type { ArticleFrame, PageDocument } from '../page/page'
import { unplacedArticles } from '../page/page-edit'
import { nextId } from '../page/place-articles'
import type { DraftStory } from './draft-page'

/**
 * 自动排版 in the 版面 view: one 版 of a page file drafted again (draft-page) from the stories on it and
 * those not yet on any page, so an editor who has gathered the copy gets a first layout to adjust.
 */

type StoryChoice = Omit<DraftStory, 'article'>

/**
 * The stories to draft for page `index`, most important first: its frames by headline weight (the 头条
 * marked so), then by place on the page, then the file's unplaced stories in the order they were added.
 * A 竖题 the editor chose is kept. A story that continues onto another 版 (转版) is refused: the draft
 * would take its jump apart.
 */
export function storiesToDraft(doc: PageDocument, index: number): StoryChoice[] {
  const page = doc.pages[index]
  if (!page) throw new UserError('page.no-such-page', `这个版面文件没有第 ${index + 1} 个版。`)
  const elsewhere = new Set(doc.pages.flatMap((p, i) => (i === index ? [] : p.frames.map((f) => f.article))))
  const jumping = page.frames.filter((f) => elsewhere.has(f.article))
  if (jumping.length)
    throw new UserError(
      'page.draft-jump',
      `「${jumping.map((f) => doc.articles[f.article]?.meta.title || '（无题）').join('」「')}」转到了别的版，自动排版会拆开转版：请先删去另一版上的接续版框，再自动排版。`,
    )
  const byImportance = [...page.frames].sort((a, b) => a.headline.weight - b.headline.weight || a.row - b.row || a.column - b.column)
  const seen = new Set<string>()
  const stories: StoryChoice[] = []
  for (const f of byImportance) {
    if (seen.has(f.article)) continue
    seen.add(f.article)
    stories.push({ key: f.article, ...(f.headline.weight === 1 ? { lead: true } : {}), ...(f.headline.direction === 'vertical' ? { headline: 'vertical' as const } : {}) })
  }
  for (const key of unplacedArticles(doc)) stories.push({ key })
  if (!stories.length) throw new UserError('page.draft-empty', '这一版还没有稿件：先添加稿件，再自动排版。')
  return stories
}

/**
 * The page's frames replaced by the draft's, each with an id no other 版 of the file uses. A story taken
 * out of the file while the draft was made gets no frame.
 */
export function withDraftedFrames(doc: PageDocument, index: number, frames: readonly ArticleFrame[]): PageDocument {
  const used = doc.pages.flatMap((p, i) => (i === index ? [] : p.frames.map((f) => f.id)))
  const renamed: ArticleFrame[] = []
  for (const f of frames.filter((x) => x.article in doc.articles)) {
    const id = nextId('f', [...used, ...renamed.map((r) => r.id)])
    renamed.push({ ...f, id })
  }
  return { ...doc, pages: doc.pages.map((p, i) => (i === index ? { ...p, frames: renamed } : p)) }
}
