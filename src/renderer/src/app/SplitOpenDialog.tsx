import { Modal } from './Modal'
import type { ImportedPage } from '../../../core/import/types'
import { articleName } from '../../../core/import/split/article-name'

/** How to open a draft that holds several articles. */
export type SplitChoice = 'articles' | 'one' | 'page'

interface Props {
  displayName: string
  split: ImportedPage
  onChoose(choice: SplitChoice): void
}

/**
 * Opening a page of several articles (an e-paper page, a roundup of briefs): one tab per article, the
 * page as one article, or a 版面 with a frame per article. Esc keeps everything in one article.
 */
export function SplitOpenDialog({ displayName, split, onChoose }: Props) {
  const n = split.articles.length
  return (
    <Modal labelledBy="split-open-title" onCancel={() => onChoose('one')}>
      <h2 id="split-open-title">这份稿件含 {n} 篇文章</h2>
      <p className="bx-note">
        「{displayName.replace(/\.banxin$/, '')}」是{split.kind === 'briefs' ? '一组简讯' : '一个报纸版面'}
        {split.label ? `（${split.label.text}）` : ''}，识别出以下 {n} 篇：
      </p>
      <ol className="bx-split-list">
        {split.articles.map((a, i) => (
          <li key={i}>{articleName(a.bundle.article)}</li>
        ))}
      </ol>
      {split.none.length ? (
        <p className="bx-note">不属于任何一篇、已略去：{split.none.map((n) => `「${n.text}」`).join('')}</p>
      ) : null}
      <div className="bx-dialog-buttons">
        <button type="button" onClick={() => onChoose('one')}>
          作为一篇打开
        </button>
        <button type="button" onClick={() => onChoose('page')}>
          在版面中打开（每篇一个版块）
        </button>
        <button type="button" className="bx-primary" autoFocus onClick={() => onChoose('articles')}>
          分成 {n} 篇文章打开
        </button>
      </div>
    </Modal>
  )
}
