import { BrowserWindow, dialog, session } from 'electron'
import { join } from 'node:path'

/** Secure defaults (design §7, Electron security checklist): isolated, sandboxed, no Node, no navigation. */
export function createMainWindow(page: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: '版心',
    backgroundColor: '#f4f1ea',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  win.once('ready-to-show', () => win.show())
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())

  void win.loadURL(page)
  return win
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

/** Asks before closing a window whose document has unsaved edits. */
export function guardClose(win: BrowserWindow, isDirty: () => boolean): void {
  let confirmed = false
  win.on('close', (event) => {
    if (confirmed || !isDirty()) return
    event.preventDefault()
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['不保存，关闭', '取消'],
      defaultId: 1,
      cancelId: 1,
      title: '未保存的修改',
      message: '文档有未保存的修改，确定要关闭吗？',
      detail: '修改已自动保存一份副本，下次启动时可以恢复。',
    })
    if (choice === 0) {
      confirmed = true
      win.close()
    }
  })
}
