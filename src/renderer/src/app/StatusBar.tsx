import { useMemo } from 'react'
import type { Article } from '../../../core/model/article'
import { countArticleCached } from '../../../core/edit/count-blocks'

interface Props {
  article: Article
  displayName: string
  dirty: boolean
  /** Whether the document has a file: a new or imported one has none until it is saved. */
  hasFile: boolean
  saving: boolean
}

export function StatusBar({ article, displayName, dirty, hasFile, saving }: Props) {
  // Cached per block: a keystroke recounts one paragraph, not the whole article.
  const count = useMemo(() => countArticleCached(article), [article])
  return (
    <footer className="bx-status" role="status">
      <span className="bx-status-file" data-testid="status-file">
        {displayName}
      </span>
      <span className={dirty ? 'bx-status-dirty' : 'bx-status-saved'} data-testid="status-saved">
        {saving ? '正在保存…' : dirty || !hasFile ? '未保存' : '已保存'}
      </span>
      <span className="bx-status-count" data-testid="status-count" title={`汉字 ${count.han} · 标点 ${count.punctuation} · 外文词与数字 ${count.latinWords}`}>
        字数 {count.total}
      </span>
    </footer>
  )
}
