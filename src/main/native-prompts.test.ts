import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'

/** The Electron binary cannot run here: the native parts are checked against a stand-in `electron`. */
const native = vi.hoisted(() => ({
  response: 0,
  asked: [] as { buttons: string[]; message: string; cancelId: number }[],
}))

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: async (_win: unknown, options: { buttons: string[]; message: string; cancelId: number }) => {
      native.asked.push(options)
      return { response: native.response }
    },
  },
}))

const { askToSave, guardClose } = await import('./native-prompts')

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
