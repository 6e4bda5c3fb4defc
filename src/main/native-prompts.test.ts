import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'

/** The Electron binary cannot run here: the native parts are checked against a stand-in `electron`. */
const native = vi.hoisted(() => ({
  response: 0,
  asked: [] as { buttons: string[]; message: string; cancelId: number }[],
  template: [] as MenuItemConstructorOptions[],
  closeMenu: undefined as undefined | (() => void),
}))

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: async (_win: unknown, options: { buttons: string[]; message: string; cancelId: number }) => {
      native.asked.push(options)
      return { response: native.response }
    },
  },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
      native.template = template
      return { popup: ({ callback }: { callback(): void }) => (native.closeMenu = callback) }
    },
  },
}))

const { askToSave, guardClose, popupContextMenu } = await import('./native-prompts')

const win = {} as BrowserWindow

describe('native prompts', () => {
  it('ask 保存 / 不保存 / 取消 in a message box, Esc meaning 取消', async () => {
    const answers = []
    for (const response of [0, 1, 2]) {
      native.response = response
      answers.push(await askToSave(win, '稿件.banxin'))
    }
    expect(answers).toEqual(['save', 'discard', 'cancel'])
    expect(native.asked[0]).toMatchObject({ buttons: ['保存', '不保存', '取消'], cancelId: 2, message: '是否保存对「稿件.banxin」的修改？' })
  })

  it('pop up the page’s right-click menu and answer the item clicked, or null when dismissed', async () => {
    const chosen = popupContextMenu(win, [
      { id: 'copy', label: '复制' },
      { type: 'separator' },
      { label: '段落样式', submenu: [{ id: 'style:lead', label: '导语', checked: true }] },
      { id: 'paste', label: '粘贴', enabled: false },
    ])
    expect(native.template.map((i) => i.label ?? i.type)).toEqual(['复制', 'separator', '段落样式', '粘贴'])
    expect(native.template[3]!.enabled).toBe(false)
    const style = (native.template[2]!.submenu as MenuItemConstructorOptions[])[0]!
    expect(style).toMatchObject({ label: '导语', type: 'checkbox', checked: true })
    native.closeMenu!()
    ;(style.click as () => void)()
    expect(await chosen).toBe('style:lead')

    const dismissed = popupContextMenu(win, [{ id: 'copy', label: '复制' }])
    native.closeMenu!()
    expect(await dismissed).toBeNull()
  })

  it('hold a close with unsaved changes for the page to settle, then let it through', () => {
    const handlers: ((event: { preventDefault(): void }) => void)[] = []
    let closes = 0
    const window = { on: (_name: string, h: (typeof handlers)[number]) => handlers.push(h), close: () => closes++ } as unknown as BrowserWindow
    let dirty = true
    let asked = 0
    const closeForGood = guardClose(window, () => dirty, () => asked++)
    const attempt = () => {
      let prevented = false
      handlers.forEach((h) => h({ preventDefault: () => (prevented = true) }))
      return prevented
    }
    expect(attempt(), 'unsaved: held').toBe(true)
    expect(asked).toBe(1)
    closeForGood()
    expect(closes).toBe(1)
    expect(attempt(), 'settled: closes').toBe(false)
    dirty = false
    expect(attempt()).toBe(false)
  })
})
