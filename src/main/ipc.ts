import { ipcMain, type BrowserWindow } from 'electron'
import { INVOKE, channelName, type InvokeName } from '../core/ipc/contract'
import type { RawHandler } from '../core/ipc/dispatch'
import { isOwnPage } from '../core/ipc/sender'

/** Registers every channel, refusing calls from any frame that is not our own page (checklist item 17). */
export function registerIpc(win: BrowserWindow, handlers: Record<InvokeName, RawHandler>, pages: readonly string[]): void {
  for (const name of Object.keys(INVOKE) as InvokeName[]) {
    ipcMain.handle(channelName(name), (event, ...args: unknown[]) => {
      const frame = event.senderFrame
      const sender = frame && { url: frame.url, isMainFrame: frame === win.webContents.mainFrame }
      if (!isOwnPage(sender, pages)) return { ok: false, error: { code: 'ipc.sender', message: '拒绝来自未知页面的请求。' } }
      return handlers[name](...args)
    })
  }
}
