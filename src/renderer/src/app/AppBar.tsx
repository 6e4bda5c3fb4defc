import type { MenuCommand } from '../../../core/ipc/contract'
import type { DocumentState } from './document-state'

/** Commands that act on the open document, by the kind of document they work on. */
const NEEDS: Partial<Record<MenuCommand, readonly DocumentState['kind'][]>> = {
  save: ['article', 'page'],
  'export-pdf': ['article', 'page'],
  'export-package': ['article'],
  'export-text': ['article'],
  print: ['article'],
}

const ACTIONS: [MenuCommand, string, string][] = [
  ['new', '新建', 'Ctrl+N'],
  ['new-page', '新建版面', ''],
  ['open', '打开', 'Ctrl+O'],
  ['save', '保存', 'Ctrl+S'],
  ['export-pdf', '导出 PDF', 'Ctrl+E'],
  ['export-package', '导出网页包', ''],
  ['export-text', '导出纯文本', ''],
  ['print', '打印', 'Ctrl+P'],
  ['settings', '设置', 'Ctrl+,'],
]

/** The app's own command strip: the native menu is not everywhere (and not in the browser harness). */
export function AppBar({ onCommand, document }: { onCommand(command: MenuCommand): void; document: DocumentState['kind'] | undefined }) {
  return (
    <nav className="bx-appbar" aria-label="文件操作">
      <span className="bx-brand">版心</span>
      {ACTIONS.map(([command, label, key]) => {
        const needs = NEEDS[command]
        return (
          <button key={command} type="button" data-command={command} disabled={!!needs && !(document && needs.includes(document))} title={key ? `${label}（${key}）` : label} onClick={() => onCommand(command)}>
            {label}
          </button>
        )
      })}
    </nav>
  )
}
