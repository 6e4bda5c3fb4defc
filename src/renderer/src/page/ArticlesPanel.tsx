import type { PageDocument } from '../../../core/page/page'

interface Props {
  doc: PageDocument
  onSelectFrame(id: string, page: number): void
  onPlace(key: string): void
  onRemoveArticle(key: string): void
  onAdd(): void
}

/** The stories in the page file: where each stands, and those no frame shows yet (to place or take out). */
export function ArticlesPanel({ doc, onSelectFrame, onPlace, onRemoveArticle, onAdd }: Props) {
  const frames = doc.pages.flatMap((p, page) => p.frames.map((frame) => ({ frame, page, number: p.number })))
  return (
    <section className="bx-page-panel" aria-labelledby="page-articles-title">
      <h3 id="page-articles-title">稿件</h3>
      <ul className="bx-article-list" data-testid="page-articles">
        {Object.entries(doc.articles).map(([key, article]) => {
          const placed = frames.filter((f) => f.frame.article === key)
          return (
            <li key={key} data-placed={placed.length ? true : undefined}>
              <span className="bx-article-title">{article.meta.title || '（无题）'}</span>
              {placed.length ? (
                placed.map(({ frame, page, number }) => (
                  <button key={frame.id} type="button" className="bx-link" onClick={() => onSelectFrame(frame.id, page)}>
                    第 {number} 版
                  </button>
                ))
              ) : (
                <>
                  <span className="bx-note">未上版</span>
                  <button type="button" onClick={() => onPlace(key)}>
                    放上版面
                  </button>
                  <button type="button" onClick={() => onRemoveArticle(key)}>
                    移出
                  </button>
                </>
              )}
            </li>
          )
        })}
      </ul>
      <button type="button" onClick={onAdd}>
        添加稿件…
      </button>
    </section>
  )
}
