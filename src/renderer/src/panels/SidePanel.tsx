import type { ReactNode } from 'react'

export type PanelId = 'outline' | 'templates' | 'lint' | 'count'

export const PANEL_TITLES: Record<PanelId, string> = {
  outline: '大纲',
  templates: '插题样式',
  lint: '检查',
  count: '字数统计',
}

interface Props {
  panel: PanelId
  onClose(): void
  children: ReactNode
}

/** The editor's side panel: one tool at a time, chosen from the toolbar. */
export function SidePanel({ panel, onClose, children }: Props) {
  return (
    <aside className="bx-side-panel" aria-label={PANEL_TITLES[panel]} data-panel={panel}>
      <header className="bx-side-header">
        <h2>{PANEL_TITLES[panel]}</h2>
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
      <div className="bx-side-body">{children}</div>
    </aside>
  )
}
