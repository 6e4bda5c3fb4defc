import { ipcMain, type BrowserWindow } from 'electron'
import { CHANNELS, type InvokeName } from '../core/ipc/contract'
import type { createHandlers } from '../node/app/handlers'

/** Registers every handler, refusing calls from any frame that is not our own page (checklist item 17). */
export function registerIpc(win: BrowserWindow, handlers: ReturnType<typeof createHandlers>): void {
  for (const name of Object.keys(CHANNELS) as InvokeName[]) {
    ipcMain.handle(CHANNELS[name], (event, ...args: unknown[]) => {
      if (event.senderFrame !== win.webContents.mainFrame) {
        return { ok: false, error: { code: 'ipc.sender', message: '拒绝来自未知页面的请求。' } }
      }
      return handlers[name](...args)
    })
  }
}
