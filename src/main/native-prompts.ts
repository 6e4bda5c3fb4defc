import { dialog, type BrowserWindow } from 'electron'
import type { SaveChoice } from '../core/ipc/contract'

const SAVE_CHOICES: SaveChoice[] = ['save', 'discard', 'cancel']

/** Word's and WPS's question, with their three buttons; Esc and closing the box mean 取消. */
export async function askToSave(win: BrowserWindow, displayName: string): Promise<SaveChoice> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    buttons: ['保存', '不保存', '取消'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    title: '版心',
    message: `是否保存对「${displayName}」的修改？`,
    detail: '如果不保存，所做的修改将丢失。',
  })
  return SAVE_CHOICES[response] ?? 'cancel'
}

/**
 * Closing the window (or quitting) with unsaved edits: main asks the page, which asks 保存 / 不保存 /
 * 取消 about each document and then calls back; the returned function closes the window for good.
 */
export function guardClose(win: BrowserWindow, isDirty: () => boolean, askPage: () => void): () => void {
  let confirmed = false
  win.on('close', (event) => {
    if (confirmed || !isDirty()) return
    event.preventDefault()
    askPage()
  })
  return () => {
    confirmed = true
    win.close()
  }
}
