import type { FrameReport } from '../../../core/makeup/page-makeup'
import type { PageDocument } from '../../../core/page/page'

interface Props {
  doc: PageDocument
  /** The compositor's report per frame; absent until the page has been composed once. */
  frames?: readonly FrameReport[]
  onSelectFrame(id: string, page: number): void
}

/**
 * 溢出与问题: every frame, on any 版 of the file, whose story does not fit (overset lines, where the text
 * stops) or that the compositor flags (off the grid, overlapping); nothing the page cannot hold is hidden.
 * Then 留白: the rows each 版 leaves empty under its stories, which a printed page cannot show as white
 * holes — the same reminder `banxin page` prints.
 */
export function OversetPanel({ doc, frames, onSelectFrame }: Props) {
  const flagged = (frames ?? []).filter((f) => f.overset || f.problems.length)
  return (
    <section className="bx-page-panel" aria-labelledby="page-overset-title">
      <h3 id="page-overset-title">溢出与问题</h3>
      {!frames ? (
        <p className="bx-note">正在排版…</p>
      ) : flagged.length ? (
        <ul className="bx-overset-list" data-testid="overset-list">
          {flagged.map((f) => (
            <li key={f.id}>
              <button type="button" className="bx-link" onClick={() => onSelectFrame(f.id, f.page)}>
                第 {doc.pages[f.page]?.number ?? f.page + 1} 版「{f.title || '（无题）'}」
              </button>
              {f.overset ? (
                <span className="bx-overset-count">
                  溢出 {f.overset} 行{f.oversetText ? `，从「${f.oversetText.slice(0, 12)}」起` : ''}
                </span>
              ) : null}
              {f.problems.map((p) => (
                <span key={p} className="bx-warning">
                  {p}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p className="bx-note" data-testid="overset-list-empty">
          每篇稿件都排得下，没有溢出。
        </p>
      )}
      {frames ? <EmptyRows doc={doc} frames={frames} onSelectFrame={onSelectFrame} /> : null}
    </section>
  )
}

/** Per 版, the rows left empty under its stories, and the frames that leave them. */
function EmptyRows({ doc, frames, onSelectFrame }: Required<Props>) {
  const byPage = new Map<number, FrameReport[]>()
  for (const f of frames) if (f.emptyRows > 0) byPage.set(f.page, [...(byPage.get(f.page) ?? []), f])
  if (!byPage.size) return null
  return (
    <div data-testid="empty-rows">
      {[...byPage].map(([page, empty]) => (
        <div key={page}>
          <p className="bx-warning">
            第 {doc.pages[page]?.number ?? page + 1} 版还空 {empty.reduce((n, f) => n + f.emptyRows, 0)} 栏行，可以加稿、放大图片或标题。
          </p>
          <ul className="bx-overset-list">
            {empty.map((f) => (
              <li key={f.id}>
                <button type="button" className="bx-link" onClick={() => onSelectFrame(f.id, f.page)}>
                  「{f.title || '（无题）'}」
                </button>
                <span>空 {f.emptyRows} 栏行</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
