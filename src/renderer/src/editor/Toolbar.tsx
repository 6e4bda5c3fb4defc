import { useRef } from 'react'
import { HistoryEditor } from 'slate-history'
import type { Editor } from 'slate'
import { ReactEditor, useComposing, useSlateSelector, useSlateStatic } from 'slate-react'
import type { Mark } from '../../../core/model/article'
import { BLOCK_STYLE_NAMES, STYLE_ORDER, currentBlockStyle, runInAtSelection, setBlockStyle, toggleRunIn, type BlockStyle } from './block-style'
import { isMarkActive, toggleMark } from './marks'
import { syncSelectionFromDom } from './dom-selection'
import './slate-types'

const MARK_BUTTONS: { mark: Mark; label: string; title: string; className: string }[] = [
  { mark: 'bold', label: 'B', title: '加粗（Ctrl+B）', className: 'bx-tool-bold' },
  { mark: 'italic', label: 'I', title: '倾斜（Ctrl+I）', className: 'bx-tool-italic' },
  { mark: 'underline', label: 'U', title: '下划线（Ctrl+U）', className: 'bx-tool-underline' },
  { mark: 'emphasis', label: '着重号', title: '着重号（字下加点）', className: 'bx-tool-emphasis' },
]

const HISTORY_BUTTONS: { label: string; title: string; enabled: 'canUndo' | 'canRedo'; run(editor: HistoryEditor): void }[] = [
  { label: '撤销', title: '撤销（Ctrl+Z）', enabled: 'canUndo', run: (editor) => HistoryEditor.undo(editor) },
  { label: '重做', title: '重做（Ctrl+Y）', enabled: 'canRedo', run: (editor) => HistoryEditor.redo(editor) },
]

interface Props {
  sidePanelOpen: boolean
  defaultTemplate: string
  onToggleSidePanel(): void
  onFind(): void
  onInsertImage(): void
}

interface ToolbarState {
  style: BlockStyle | undefined
  /** Whether there is a selection (outside text it is an image's). */
  selected: boolean
  /** The caret's heading runs into the next paragraph; undefined outside a heading. */
  runIn: boolean | undefined
  marks: Record<Mark, boolean>
  canUndo: boolean
  canRedo: boolean
}

function toolbarState(editor: Editor): ToolbarState {
  return {
    style: currentBlockStyle(editor),
    selected: !!editor.selection,
    runIn: runInAtSelection(editor),
    marks: {
      bold: isMarkActive(editor, 'bold'),
      italic: isMarkActive(editor, 'italic'),
      underline: isMarkActive(editor, 'underline'),
      emphasis: isMarkActive(editor, 'emphasis'),
    },
    canUndo: editor.history.undos.length > 0,
    canRedo: editor.history.redos.length > 0,
  }
}

function sameState(a: ToolbarState | null, b: ToolbarState): boolean {
  if (!a) return false
  const marks = Object.keys(b.marks) as Mark[]
  return (
    a.style === b.style &&
    a.selected === b.selected &&
    a.runIn === b.runIn &&
    a.canUndo === b.canUndo &&
    a.canRedo === b.canRedo &&
    marks.every((m) => a.marks[m] === b.marks[m])
  )
}

/**
 * The editing toolbar. It renders again only when its state changes, not with every keystroke, and that
 * state is frozen while an IME composes, so nothing near the caret re-renders.
 */
export function Toolbar({ sidePanelOpen, defaultTemplate, onToggleSidePanel, onFind, onInsertImage }: Props) {
  const editor = useSlateStatic()
  const composing = useComposing()
  const current = useSlateSelector(toolbarState, sameState)
  const held = useRef(current)
  if (!composing) held.current = current
  const state = held.current
  // Toolbar buttons must not take the selection away from the text, and act on the selection as shown.
  const keep = (e: React.MouseEvent) => {
    e.preventDefault()
    syncSelectionFromDom(editor)
  }

  return (
    <div className="bx-toolbar" role="toolbar" aria-label="编辑工具栏">
      <div className="bx-tool-group">
        {HISTORY_BUTTONS.map((b) => (
          <button key={b.label} type="button" title={b.title} disabled={!state[b.enabled]} onMouseDown={keep} onClick={() => b.run(editor)}>
            {b.label}
          </button>
        ))}
      </div>
      <div className="bx-tool-group">
        <select
          aria-label="段落样式"
          title="段落样式"
          onFocus={() => syncSelectionFromDom(editor)}
          value={state.style ?? ''}
          onChange={(e) => {
            // Keyboard selection may not have reached Slate yet (it syncs on a throttle), and a select can
            // change without taking focus: act on the selection as the user sees it.
            syncSelectionFromDom(editor)
            setBlockStyle(editor, e.currentTarget.value as BlockStyle, defaultTemplate)
            ReactEditor.focus(editor)
          }}
        >
          {state.style ? null : (
            <option value="" disabled>
              {state.selected ? '（图片）' : '段落样式'}
            </option>
          )}
          {STYLE_ORDER.map((s) => (
            <option key={s} value={s}>
              {BLOCK_STYLE_NAMES[s]}
            </option>
          ))}
        </select>
        <button
          type="button"
          title="接排：标题排在下一段的开头，与正文同段（如“（一）工作目标。到年底……”）"
          aria-pressed={state.runIn === true}
          disabled={state.runIn === undefined}
          onMouseDown={keep}
          onClick={() => toggleRunIn(editor)}
        >
          接排
        </button>
      </div>
      <div className="bx-tool-group">
        {MARK_BUTTONS.map((b) => (
          <button
            key={b.mark}
            type="button"
            className={b.className}
            title={b.title}
            aria-label={b.title}
            aria-pressed={state.marks[b.mark]}
            onMouseDown={keep}
            onClick={() => toggleMark(editor, b.mark)}
          >
            <span>{b.label}</span>
          </button>
        ))}
      </div>
      <div className="bx-tool-group">
        <button
          type="button"
          onMouseDown={keep}
          onClick={onInsertImage}
          title="插入图片（也可把图片拖进正文或直接粘贴）"
        >
          插入图片
        </button>
        <button type="button" onMouseDown={keep} onClick={onFind} title="查找和替换（Ctrl+F / Ctrl+H）">
          查找替换
        </button>
      </div>
      <div className="bx-tool-group bx-tool-panels">
        <button
          type="button"
          aria-pressed={sidePanelOpen}
          onMouseDown={keep}
          onClick={onToggleSidePanel}
          title="大纲、插题样式、检查和字数（Ctrl+Shift+L）"
        >
          侧栏
        </button>
      </div>
    </div>
  )
}
