import type { MenuCommand } from '../../../core/ipc/contract'

/** Commands that act on the open document, disabled when there is none. */
const NEEDS_DOCUMENT = new Set<MenuCommand>(['save', 'export-pdf', 'export-package', 'export-text', 'print'])

const ACTIONS: [MenuCommand, string, string][] = [
  ['new', '新建', 'Ctrl+N'],
  ['open', '打开', 'Ctrl+O'],
  ['save', '保存', 'Ctrl+S'],
  ['export-pdf', '导出 PDF', 'Ctrl+E'],
  ['export-package', '导出网页包', ''],
  ['export-text', '导出纯文本', ''],
  ['print', '打印', 'Ctrl+P'],
  ['settings', '设置', 'Ctrl+,'],
]

/** The app's own command strip: the native menu is not everywhere (and not in the browser harness). */
export function AppBar({ onCommand, hasDocument }: { onCommand(command: MenuCommand): void; hasDocument: boolean }) {
  return (
    <nav className="bx-appbar" aria-label="文件操作">
      <span className="bx-brand">版心</span>
      {ACTIONS.map(([command, label, key]) => (
        <button key={command} type="button" data-command={command} disabled={!hasDocument && NEEDS_DOCUMENT.has(command)} title={key ? `${label}（${key}）` : label} onClick={() => onCommand(command)}>
          {label}
        </button>
      ))}
    </nav>
  )
}
