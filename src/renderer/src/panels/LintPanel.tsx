import { memo, useMemo, useState } from 'react'
import { useSlateStatic } from 'slate-react'
import type { Article, ArticleMeta, Block } from '../../../core/model/article'
import { applyChanges, type Change } from '../../../core/normalize'
import { lintItems, type LintItem } from '../../../core/edit/lint-items'
import { applyBodyChanges } from '../editor/apply-changes'
import { revealAt } from '../editor/reveal-at'
import '../editor/slate-types'

interface Props {
  article: Article
  onMetaChange(meta: ArticleMeta): void
}

/** Spaces are what several rules remove, so they are shown as visible marks. */
const visible = (s: string) =>
  s
    .replace(/\u3000/g, '□')
    .replace(/[ \u00a0]/g, '␣')
    .replace(/\t/g, '⇥')

function groupBy(items: LintItem[]): [string, LintItem[]][] {
  const groups = new Map<string, LintItem[]>()
  for (const i of items) groups.set(i.group, [...(groups.get(i.group) ?? []), i])
  return [...groups]
}

/**
 * Normalisation suggestions (fix, fix a kind, fix all, ignore) and checks (locate, ignore), grouped by
 * kind. Fixes are computed again against the text as it is when clicked, so a suggestion listed before
 * the last keystroke never lands in the wrong place.
 */
export const LintPanel = memo(function LintPanel({ article, onMetaChange }: Props) {
  const editor = useSlateStatic()
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set())
  const { suggestions, problems } = useMemo(() => lintItems(article), [article])
  const shownSuggestions = suggestions.filter((i) => !ignored.has(i.key))
  const shownProblems = problems.filter((i) => !ignored.has(i.key))

  const fix = (items: LintItem[]) => {
    const keys = new Set(items.map((i) => i.key))
    const current = { ...article, blocks: editor.children as Block[] }
    const changes = lintItems(current).suggestions.flatMap((s) =>
      keys.has(s.key) && s.change ? [s.change] : [],
    ) as Change[]
    applyBodyChanges(editor, changes)
    const metaChanges = changes.filter((c) => 'field' in c.at)
    if (metaChanges.length) onMetaChange(applyChanges({ ...current, blocks: [] }, metaChanges).meta)
  }
  const ignore = (item: LintItem) => setIgnored((s) => new Set([...s, item.key]))
  const locate = (item: LintItem) => {
    if ('field' in item.at) document.querySelector<HTMLElement>(`[data-field="${item.at.field}"]`)?.focus()
    else revealAt(editor, item.at, item.offset, item.length)
  }

  const row = (item: LintItem, fixable: boolean) => (
    <li key={item.key} className="bx-lint-item">
      <button type="button" className="bx-lint-locate" onClick={() => locate(item)} title="定位到正文">
        {item.context.spot ? (
          <span className="bx-lint-context">
            {item.context.before}
            <mark>{visible(item.context.spot)}</mark>
            {item.context.after}
          </span>
        ) : null}
        <span className="bx-lint-message">{item.message}</span>
      </button>
      {fixable ? (
        <button type="button" onClick={() => fix([item])}>
          修正
        </button>
      ) : null}
      <button type="button" onClick={() => ignore(item)}>
        忽略
      </button>
    </li>
  )

  const groups = (items: LintItem[], fixable: boolean) =>
    groupBy(items).map(([name, list]) => (
      <details key={name} className="bx-lint-group" open={list.length <= 12}>
        <summary>
          <span className="bx-lint-group-name">
            {name}（{list.length}）
          </span>
          {fixable && list.length > 1 ? (
            <button type="button" onClick={() => fix(list)} aria-label={`修正全部「${name}」`}>
              修正本类
            </button>
          ) : null}
        </summary>
        <ul>{list.map((i) => row(i, fixable))}</ul>
      </details>
    ))

  return (
    <div className="bx-lint" data-testid="lint-panel">
      <section aria-label="标点规范">
        <header className="bx-lint-header">
          <h3>标点和空格（{shownSuggestions.length}）</h3>
          <button type="button" disabled={!shownSuggestions.length} onClick={() => fix(shownSuggestions)}>
            全部修正
          </button>
        </header>
        {shownSuggestions.length ? (
          groups(shownSuggestions, true)
        ) : (
          <p className="bx-panel-note">没有需要规范的标点和空格。</p>
        )}
      </section>
      <section aria-label="需要人工判断">
        <header className="bx-lint-header">
          <h3>需要人工判断（{shownProblems.length}）</h3>
        </header>
        {shownProblems.length ? (
          groups(shownProblems, false)
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
