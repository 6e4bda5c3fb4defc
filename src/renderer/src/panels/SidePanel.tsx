import { useEffect, useState, type ReactNode } from 'react'
import type { Article } from '../../../core/model/article'

export type PanelId = 'outline' | 'templates' | 'lint' | 'review' | 'count'

const PANEL_TITLES: Record<PanelId, string> = {
  outline: '大纲',
  templates: '插题样式',
  lint: '检查',
  review: '导入检查',
  count: '字数',
}

const ORDER: PanelId[] = ['outline', 'templates', 'lint', 'review', 'count']

interface Props {
  panel: PanelId
  article: Article
  onPanel(panel: PanelId): void
  onClose(): void
  /** How many things a tool asks the user to look at, shown on its tab (导入检查: lines left out, unsure guesses). */
  counts?: Partial<Record<PanelId, number>>
  /** The panel's content, given the article as the panel should show it. */
  children(article: Article): ReactNode
}

/**
 * While typing goes on the panel keeps the article as it was: every React commit makes React DOM walk
 * the whole contenteditable to save the selection (3 ms at 3,000 paragraphs), so the panel catches up
 * once the typing pauses rather than adding a commit to every keystroke.
 */
const CATCH_UP_MS = 300

function useSettledValue<T>(value: T): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), CATCH_UP_MS)
    return () => clearTimeout(timer)
  }, [value])
  return settled
}

/** The editor's side panel: one tool at a time, chosen by its tab. */
export function SidePanel({ panel, article, onPanel, onClose, counts, children }: Props) {
  const settled = useSettledValue(article)
  return (
    <aside className="bx-side-panel" aria-label="侧栏" data-panel={panel}>
      <header className="bx-side-header">
        <div role="tablist" aria-label="侧栏工具" className="bx-side-tabs">
          {ORDER.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={id === panel}
              onClick={() => onPanel(id)}
            >
              {PANEL_TITLES[id]}
              {counts?.[id] ? (
                <span className="bx-tab-count" title={`${counts[id]} 项待查看`}>
                  {counts[id]}
                </span>
              ) : null}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="bx-icon-button"
          onClick={onClose}
          aria-label="关闭侧栏"
          title="关闭侧栏"
        >
          ×
        </button>
      </header>
      <div className="bx-side-body" role="tabpanel" aria-label={PANEL_TITLES[panel]}>
        {children(settled)}
      </div>
    </aside>
  )
}
