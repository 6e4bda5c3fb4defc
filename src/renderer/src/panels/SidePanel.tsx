import type { ReactNode } from 'react'

export type PanelId = 'outline' | 'templates' | 'lint' | 'count'

export const PANEL_TITLES: Record<PanelId, string> = {
  outline: '大纲',
  templates: '插题样式',
  lint: '检查',
  count: '字数',
}

const ORDER: PanelId[] = ['outline', 'templates', 'lint', 'count']

interface Props {
  panel: PanelId
  onPanel(panel: PanelId): void
  onClose(): void
  children: ReactNode
}

/** The editor's side panel: one tool at a time, chosen by its tab. */
export function SidePanel({ panel, onPanel, onClose, children }: Props) {
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
