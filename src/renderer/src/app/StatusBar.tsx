import { useMemo } from 'react'
import type { Article } from '../../../core/model/article'
import type { PageDocument } from '../../../core/page/page'
import { countArticleCached } from '../../../core/edit/count-blocks'

interface Props {
  /** The article in the editor, or the page file in the 版面 view. */
  article?: Article
  page?: PageDocument
  displayName: string
  dirty: boolean
  /** Whether the document has a file: a new or imported one has none until it is saved. */
  hasFile: boolean
  saving: boolean
}

function ArticleCount({ article }: { article: Article }) {
  // Cached per block: a keystroke recounts one paragraph, not the whole article.
  const count = useMemo(() => countArticleCached(article), [article])
  return (
    <span className="bx-status-count" data-testid="status-count" title={`汉字 ${count.han} · 标点 ${count.punctuation} · 外文词与数字 ${count.latinWords}`}>
      字数 {count.total}
    </span>
  )
}

function PageCount({ page }: { page: PageDocument }) {
  const frames = page.pages.reduce((n, p) => n + p.frames.length, 0)
  return (
    <span className="bx-status-count" data-testid="status-count">
      {page.pages.length} 个版面 · {frames} 个版框 · {Object.keys(page.articles).length} 篇稿件
    </span>
  )
}

export function StatusBar({ article, page, displayName, dirty, hasFile, saving }: Props) {
  return (
    <footer className="bx-status" role="status">
      <span className="bx-status-file" data-testid="status-file">
        {displayName}
      </span>
      <span className={dirty ? 'bx-status-dirty' : 'bx-status-saved'} data-testid="status-saved">
        {saving ? '正在保存…' : dirty || !hasFile ? '未保存' : '已保存'}
      </span>
      {article ? <ArticleCount article={article} /> : null}
      {page ? <PageCount page={page} /> : null}
    </footer>
  )
}
