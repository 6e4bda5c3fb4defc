import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { eventName, type MenuCommand } from '../core/ipc/contract'

/** The native menu 文件/编辑/视图/帮助 with the accelerators Word/WPS users expect. */
export function installMenu(win: BrowserWindow): void {
  const send = (command: MenuCommand) => () => win.webContents.send(eventName('menu'), command)
  // The renderer owns these shortcuts (so they also work in the browser test harness); the menu only
  // shows them, otherwise a key press would run the command twice.
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  })
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        item('新建', 'new', 'CmdOrCtrl+N'),
        item('新建版面…', 'new-page'),
        item('打开…', 'open', 'CmdOrCtrl+O'),
        item('导入稿件…', 'import', 'CmdOrCtrl+Shift+O'),
        { type: 'separator' },
        item('保存', 'save', 'CmdOrCtrl+S'),
        item('另存为…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('导出 PDF…', 'export-pdf', 'CmdOrCtrl+E'),
        item('导出网页包…', 'export-package'),
        item('导出纯文本…', 'export-text'),
        item('打印…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        item('设置…', 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
        { type: 'separator' },
        item('查找…', 'find', 'CmdOrCtrl+F'),
        item('替换…', 'replace', 'CmdOrCtrl+H'),
      ],
    },
    {
      label: '视图',
      submenu: [
        item('大纲', 'toggle-outline', 'CmdOrCtrl+Shift+L'),
        item('预览', 'toggle-preview', 'CmdOrCtrl+Shift+P'),
        { type: 'separator' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        { label: '开发者工具', role: 'toggleDevTools' },
      ],
    },
    { label: '帮助', submenu: [item('关于版心', 'about')] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
