import type { ReactNode } from 'react'

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
  onPanel(panel: PanelId): void
  onClose(): void
  /** How many things a tool asks the user to look at, shown on its tab (导入检查: lines left out, unsure guesses). */
  counts?: Partial<Record<PanelId, number>>
  /**
   * The tool, showing the article as it stood when typing last paused: every React commit makes React DOM
   * walk the whole contenteditable to save the selection (3 ms at 3,000 paragraphs), so the panel never
   * renders on a keystroke; it catches up once the typing pauses.
   */
  children: ReactNode
}

/** The editor's side panel: one tool at a time, chosen by its tab. */
export function SidePanel({ panel, onPanel, onClose, counts, children }: Props) {
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
        {children}
      </div>
    </aside>
  )
}
