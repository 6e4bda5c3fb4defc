import type { ArticleBundle } from '../model/article'
import type { DroppedKind, DroppedLine, Guess } from '../model/review'
import type { SourcePosition } from '../text/source-position'

export type { SourcePosition }

/** What the importer did that the editor should be able to review (and undo) — design §2. */
export interface ImportReport {
  /** The detected format: txt, docx, html, md, banxin. */
  format: string
  /** For text formats: utf-8, utf-16le, utf-16be, gb18030 … */
  encoding?: string
  /** Lines left out of the article (page chrome, repeated meta …), with why and where they stood. */
  dropped: DroppedLine[]
  /** Roles given to lines (title, meta, headings, 公文 parts …), with why and how sure (model/review.ts). */
  guesses: Guess[]
  /** Things the user should know (tables flattened, images skipped …). */
  warnings: string[]
  /**
   * For plain-text drafts: where each block's lines (and each headline field) start in the source,
   * so `banxin lint` can point at the draft's own line:column. Indexed like `article.blocks`.
   */
  sourceMap?: {
    blocks: (SourcePosition[] | null)[]
    meta: Partial<Record<'kicker' | 'title' | 'subtitle', SourcePosition>>
  }
}

export interface ImportResult {
  bundle: ArticleBundle
  report: ImportReport
  /**
   * Set when the draft is a page of several articles (an e-paper page's stories, a roundup of briefs):
   * each article imported on its own. `bundle` is then the whole page read as one article.
   */
  page?: ImportedPage
}

/** A page of several articles, split (core/import/split). */
export interface ImportedPage {
  kind: 'stories' | 'briefs'
  articles: { bundle: ArticleBundle; report: ImportReport }[]
  /** The page label as written (「第3版（要闻）」) with the 版次 and 版名 read from it. */
  label?: { text: string; number?: string; name?: string }
  /**
   * What belongs to none of the articles, with its kind and why: the page label, the paper's name, the page
   * navigation, and what the reader left out of the page (an HTML page's <nav>).
   */
  none: { text: string; kind: DroppedKind; reason: string }[]
  /** The date over the page, YYYY-MM-DD. */
  date?: string
  /** The paper's name over the page. */
  paper?: string
}
