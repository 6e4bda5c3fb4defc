import { useEffect, useRef } from 'react'
import type { Find } from '../editor/use-find'

function statusText(find: Find): string {
  const { status, query } = find
  if (status.error) return status.error
  if (status.replaced !== undefined) return `已替换 ${status.replaced} 处`
  if (!query.text) return ''
  if (!status.total) return '正文无匹配'
  return status.index ? `第 ${status.index} / ${status.total} 处` : `共 ${status.total} 处`
}

/**
 * Stepping goes through the body only. Captions are named and changed by 全部替换; the title block and
 * meta fields are named so they can be fixed by hand.
 */
function elsewhereText(find: Find): string {
  const { elsewhere, inCaptions } = find.status
  if (!find.query.text) return ''
  const parts = []
  if (inCaptions) parts.push(`图片说明 ${inCaptions} 处也有，全部替换时一并替换`)
  if (elsewhere.length) parts.push(`${elsewhere.map((e) => `${e.where} ${e.count} 处`).join('、')}也有，查找替换不改动，请在原处修改`)
  return parts.join('；')
}

/** Find and replace over the body text and captions: plain or regex, match case, replace one or all (one undo step). */
const FLAGS = [
  ['matchCase', '区分大小写'],
  ['regex', '正则表达式'],
] as const

export function FindBar({ find }: { find: Find }) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [find.mode])

  const onKey = (e: React.KeyboardEvent, replace = false) => {
    if (e.nativeEvent.isComposing) return
    if (e.key === 'Escape') {
      e.preventDefault()
      find.close()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (replace) find.replaceCurrent()
      else find.step(e.shiftKey ? -1 : 1)
    }
  }

  // Word undoes a replacement from its dialog; the browser's own undo would instead empty the box last typed in.
  const onHistoryKey = (e: React.KeyboardEvent) => {
    if (e.nativeEvent.isComposing || !(e.ctrlKey || e.metaKey) || e.altKey) return
    const key = e.key.toLowerCase()
    const direction = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : undefined
    if (direction && find.history(direction)) e.preventDefault()
  }

  return (
    <div className="bx-find" role="search" aria-label="查找和替换" onKeyDown={onHistoryKey}>
      <div className="bx-find-row">
        <input
          ref={input}
          className="bx-find-input"
          aria-label="查找内容"
          placeholder="查找"
          value={find.query.text}
          aria-invalid={!!find.status.error}
          onChange={(e) => find.setQuery({ ...find.query, text: e.currentTarget.value })}
          onKeyDown={(e) => onKey(e)}
        />
        <span className="bx-find-status" role="status" data-testid="find-status">
          {statusText(find)}
        </span>
        <button type="button" onClick={() => find.step(-1)} title="上一处（Shift+Enter）">
          上一处
        </button>
        <button type="button" onClick={() => find.step(1)} title="下一处（Enter）">
          下一处
        </button>
        {FLAGS.map(([flag, label]) => (
          <label key={flag} className="bx-check">
            <input
              type="checkbox"
              checked={find.query[flag]}
              onChange={(e) => find.setQuery({ ...find.query, [flag]: e.currentTarget.checked })}
            />
            {label}
          </label>
        ))}
        {find.mode === 'find' ? (
          <button type="button" onClick={() => find.open('replace')}>
            替换…
          </button>
        ) : null}
        <button
          type="button"
          className="bx-icon-button"
          onClick={find.close}
          aria-label="关闭查找"
          title="关闭（Esc）"
        >
          ×
        </button>
      </div>
      {elsewhereText(find) ? (
        <div className="bx-find-row bx-find-elsewhere" role="note" data-testid="find-elsewhere">
          {elsewhereText(find)}
        </div>
      ) : null}
      {find.mode === 'replace' ? (
        <div className="bx-find-row">
          <input
            className="bx-find-input"
            aria-label="替换为"
            placeholder={find.query.regex ? '替换为（可用 $1 引用分组）' : '替换为'}
            value={find.replacement}
            onChange={(e) => find.setReplacement(e.currentTarget.value)}
            onKeyDown={(e) => onKey(e, true)}
          />
          <button type="button" onClick={find.replaceCurrent}>
            替换
          </button>
          <button type="button" onClick={find.replaceAll}>
            全部替换
          </button>
        </div>
      ) : null}
    </div>
  )
}
