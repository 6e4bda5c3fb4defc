import { memo, useMemo, useState } from 'react'
import { useSlateStatic } from 'slate-react'
import type { Article, ArticleMeta, Block } from '../../../core/model/article'
import { applyChanges, type Change } from '../../../core/normalize'
import { lintItems, type LintItem } from '../../../core/edit/lint-items'
import { applyBodyChanges } from '../editor/apply-changes'
import { revealAt } from '../editor/text-at'
import '../editor/slate-types'

interface Props {
  article: Article
  onMetaChange(meta: ArticleMeta): void
}

/**
 * Normalisation suggestions (fix, fix all, ignore) and checks (locate, ignore). Fixes are computed again
 * against the text as it is when clicked, so a suggestion made before the last keystroke never lands
 * in the wrong place.
 */
export const LintPanel = memo(function LintPanel({ article, onMetaChange }: Props) {
  const editor = useSlateStatic()
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set())
  const { suggestions, problems } = useMemo(() => lintItems(article), [article])
  const visible = (items: LintItem[]) => items.filter((i) => !ignored.has(i.key))
  const shownSuggestions = visible(suggestions)
  const shownProblems = visible(problems)

  const fix = (keys: ReadonlySet<string>) => {
    const current = { ...article, blocks: editor.children as Block[] }
    const changes = lintItems(current)
      .suggestions.filter((s) => keys.has(s.key) && s.change)
      .map((s) => s.change!) as Change[]
    applyBodyChanges(editor, changes)
    const metaChanges = changes.filter((c) => 'field' in c.at)
    if (metaChanges.length) onMetaChange(applyChanges({ ...current, blocks: [] }, metaChanges).meta)
  }
  const ignore = (item: LintItem) => setIgnored((s) => new Set([...s, item.key]))
  const locate = (item: LintItem) => {
    if ('field' in item.at) {
      document.querySelector<HTMLElement>(`[data-field="${item.at.field}"]`)?.focus()
    } else {
      revealAt(editor, item.at, item.offset, item.length)
    }
  }

  const row = (item: LintItem, fixable: boolean) => (
    <li key={item.key} className="bx-lint-item">
      <button type="button" className="bx-lint-locate" onClick={() => locate(item)} title="定位到正文">
        <span className="bx-lint-message">{item.message}</span>
        {item.context ? <span className="bx-lint-context">{item.context}</span> : null}
      </button>
      <span className="bx-lint-actions">
        {fixable ? (
          <button type="button" onClick={() => fix(new Set([item.key]))}>
            修正
          </button>
        ) : null}
        <button type="button" onClick={() => ignore(item)}>
          忽略
        </button>
      </span>
    </li>
  )

  return (
    <div className="bx-lint" data-testid="lint-panel">
      <section aria-label="标点规范">
        <header className="bx-lint-header">
          <h3>标点和空格（{shownSuggestions.length}）</h3>
          <button
            type="button"
            disabled={!shownSuggestions.length}
            onClick={() => fix(new Set(shownSuggestions.map((s) => s.key)))}
          >
            全部修正
          </button>
        </header>
        {shownSuggestions.length ? (
          <ul>{shownSuggestions.map((i) => row(i, true))}</ul>
        ) : (
          <p className="bx-panel-note">没有需要规范的标点和空格。</p>
        )}
      </section>
      <section aria-label="需要人工判断">
        <header className="bx-lint-header">
          <h3>需要人工判断（{shownProblems.length}）</h3>
        </header>
        {shownProblems.length ? (
          <ul>{shownProblems.map((i) => row(i, false))}</ul>
        ) : (
          <p className="bx-panel-note">没有发现问题。</p>
        )}
      </section>
      {ignored.size ? (
        <button type="button" className="bx-wide-button" onClick={() => setIgnored(new Set())}>
          恢复已忽略的 {ignored.size} 项
        </button>
      ) : null}
    </div>
  )
})
