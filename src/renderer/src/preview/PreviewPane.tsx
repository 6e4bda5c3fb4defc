import type { ReactNode } from 'react'

export type PreviewMode = 'portal' | 'print'

interface Props {
  mode: PreviewMode
  onModeChange(mode: PreviewMode): void
  onClose(): void
  portal: ReactNode
  print: ReactNode
}

/** The right-hand pane: 门户预览 or 印刷预览 of the document being edited. */
export function PreviewPane({ mode, onModeChange, onClose, portal, print }: Props) {
  return (
    <aside className="bx-preview" aria-label="预览">
      <div className="bx-preview-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={mode === 'portal'} onClick={() => onModeChange('portal')}>
          门户预览
        </button>
        <button type="button" role="tab" aria-selected={mode === 'print'} onClick={() => onModeChange('print')}>
          印刷预览
        </button>
        <button type="button" className="bx-preview-close" onClick={onClose} aria-label="收起预览" title="收起预览">
          ⟩
        </button>
      </div>
      <div className="bx-preview-body" role="tabpanel">
        {mode === 'portal' ? portal : print}
      </div>
    </aside>
  )
}
