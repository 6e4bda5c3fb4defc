import { useMemo } from 'react'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { PageDocument } from '../../../core/page/page'
import { countArticleCached } from '../../../core/edit/count-blocks'
import { findArticle, findDocument, type DocumentStore } from './document-store'
import { useSettled } from './useSettled'

/** 字数 follows the text once typing pauses, as the side panel does: never a render on the keystroke path. */
const COUNT_SETTLE_MS = 300

interface Props {
  store: DocumentStore
  /** The document shown. */
  id: string
  saving: boolean
}

function ArticleCount({ store, id }: { store: DocumentStore; id: string }) {
  const article = useSettled(store, (s) => findArticle(s, id)?.bundle.article, COUNT_SETTLE_MS)
  // Cached per block: a pause after typing recounts the paragraphs typed in, not the whole article.
  const count = useMemo(() => article && countArticleCached(article), [article])
  if (!count) return null
  return (
    <span
      className="bx-status-count"
      data-testid="status-count"
      title={`汉字 ${count.han} · 标点 ${count.punctuation} · 外文词与数字 ${count.latinWords}`}
    >
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

export function StatusBar({ store, id, saving }: Props) {
  const { displayName, dirty, hasFile, kind } = useStore(
    store,
    useShallow((s) => {
      const d = findDocument(s, id)
      return { displayName: d?.displayName ?? '', dirty: !!d?.dirty, hasFile: !!d?.path, kind: d?.kind }
    }),
  )
  const page = useStore(store, (s) => {
    const d = findDocument(s, id)
    return d?.kind === 'page' ? d.page.page : undefined
  })
  return (
    <footer className="bx-status" role="status">
      <span className="bx-status-file" data-testid="status-file">
        {displayName}
      </span>
      <span className={dirty ? 'bx-status-dirty' : 'bx-status-saved'} data-testid="status-saved">
        {saving ? '正在保存…' : dirty || !hasFile ? '未保存' : '已保存'}
      </span>
      {kind === 'article' ? <ArticleCount store={store} id={id} /> : null}
      {page ? <PageCount page={page} /> : null}
    </footer>
  )
}
