import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { ContextMenu, EditCommand, SaveChoice } from '../core/ipc/contract'

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

/** Pops the page's right-click menu up at the pointer and answers the id chosen (null when dismissed). */
export function popupContextMenu(win: BrowserWindow, menu: ContextMenu): Promise<string | null> {
  return new Promise((resolve) => {
    const item = (entry: ContextMenu[number]): MenuItemConstructorOptions => {
      if ('type' in entry) return { type: 'separator' }
      if ('submenu' in entry) return { label: entry.label, submenu: entry.submenu.map(item) }
      return {
        label: entry.label,
        enabled: entry.enabled ?? true,
        ...(entry.checked === undefined ? {} : { type: 'checkbox', checked: entry.checked }),
        click: () => resolve(entry.id),
      }
    }
    // The menu closes before its click handler runs: answer null only if no item was chosen by then.
    Menu.buildFromTemplate(menu.map(item)).popup({ window: win, callback: () => setTimeout(() => resolve(null), 0) })
  })
}

/** The Edit menu's roles, run on the page (paste as text is Chromium's paste-and-match-style). */
export function runEditCommand(win: BrowserWindow, command: EditCommand): void {
  const page = win.webContents
  if (command === 'cut') page.cut()
  else if (command === 'copy') page.copy()
  else if (command === 'paste') page.paste()
  else page.pasteAndMatchStyle()
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
