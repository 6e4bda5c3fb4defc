import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { AppEnvironment } from '../../src/node/app/handlers'
import { rendererFile } from '../../src/node/app/renderer-files'
import { openerInWorker } from '../../src/node/documents/open-in-worker'
import {
  INVOKE,
  channelName,
  eventName,
  type ContextMenu,
  type EditCommand,
  type EventName,
  type EventPayload,
  type InvokeName,
  type MenuCommand,
  type SaveChoice,
} from '../../src/core/ipc/contract'
import { CODEC_SOURCE, decodeBytes, encodeBytes } from './codec'
import { inChild, inProcess, type Services } from './services'

import { EXPORT_WORKER, OPEN_WORKER, PREVIEW_WORKER, PRELOAD, RENDERER, ROOT } from './paths'
export const APP_URL = 'http://banxin.test/index.html'

/**
 * Main's open worker, as main has one: started with the app (here: when the tests load) and kept, so
 * every window of a test run shares it (it holds no state between files).
 */
const opener = existsSync(OPEN_WORKER) ? openerInWorker(OPEN_WORKER) : undefined

/** Answers the native dialogs and menus the way a test says: queues of answers, null for "cancel". */
export class FakeDialogs {
  openPaths: (string | null)[] = []
  /** Answers to 添加稿件: the files picked each time, [] for "cancel". */
  articlePaths: string[][] = []
  savePaths: (string | null)[] = []
  exportPaths: (string | null)[] = []
  /** The insert-picture dialog: the files chosen each time. */
  imagePaths: (string[] | null)[] = []
  /** Paths the app asked the OS to show in a file manager. */
  shownInFolder: string[] = []
  /** Answers to 「是否保存对……的修改？」; with none queued the box is dismissed (取消), so nothing is lost. */
  saveChoices: SaveChoice[] = []
  /** The documents the app asked about, in order. */
  askedToSave: string[] = []
  /** The item ids chosen in right-click menus, null for dismissing one. */
  menuChoices: (string | null)[] = []
  /** Every right-click menu the app showed. */
  contextMenus: ContextMenu[] = []
  /** Clipboard commands the app asked main to run. */
  editCommands: EditCommand[] = []
}

/** The keys that make Chromium run what Electron's webContents.cut() … pasteAndMatchStyle() run. */
const EDIT_KEYS: Record<EditCommand, string> = { cut: 'Control+x', copy: 'Control+c', paste: 'Control+v', pasteAsText: 'Control+Shift+v' }

export interface LaunchOptions {
  userDataDir?: string
  startupFiles?: string[]
  /** Calls on these channels wait until `release(name)`: lets a test act while the app is still loading. */
  hold?: InvokeName[]
  /** Runs the node services in a child process, so `crash()` can kill them as a crash kills main. */
  servicesInChild?: boolean
  /** Scripts run in the page before the app loads (e.g. `RENDER_COUNTER`). */
  initScripts?: string[]
}

/**
 * The app as a user gets it, minus the Electron binary: the built renderer in Chromium, the built
 * preload evaluated against a stand-in `electron` module whose ipcRenderer goes to the real node/
 * services through a Playwright binding.
 */
export class HarnessApp {
  readonly dialogs = new FakeDialogs()
  dirty = false
  /** Whether main closed the window (after every unsaved document was dealt with). */
  closed = false
  private readonly held = new Map<InvokeName, { done: Promise<void>; release(): void }>()
  /** How many calls on each channel main has answered. */
  readonly answered = new Map<InvokeName, number>()
  private services!: Services
  private constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    readonly userDataDir: string,
  ) {}

  static async launch(browser: Browser, options: LaunchOptions = {}): Promise<HarnessApp> {
    if (!existsSync(PRELOAD) || !opener) throw new Error('out/ is missing: run `npm run build` before the e2e tests')
    const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'banxin-e2e-'))
    const context = await browser.newContext({ viewport: { width: 1360, height: 880 }, locale: 'zh-CN' })
    const page = await context.newPage()
    const app = new HarnessApp(page, context, userDataDir)
    for (const name of options.hold ?? []) {
      let release = () => {}
      const done = new Promise<void>((r) => (release = r))
      app.held.set(name, { done, release })
    }
    const env: AppEnvironment = {
      userDataDir,
      resourcesDir: join(ROOT, 'resources'),
      chooseOpenPath: async () => app.dialogs.openPaths.shift() ?? null,
      chooseArticlePaths: async () => app.dialogs.articlePaths.shift() ?? [],
      chooseSavePath: async () => app.dialogs.savePaths.shift() ?? null,
      setDirty: (d) => {
        app.dirty = d
      },
      startupFiles: [...(options.startupFiles ?? [])],
      chooseExportPath: async () => app.dialogs.exportPaths.shift() ?? null,
      showInFolder: (path) => {
        app.dialogs.shownInFolder.push(path)
      },
      send: (name, payload) => void app.emit(name, payload).catch(() => {}),
      exportWorkerPath: EXPORT_WORKER,
      previewWorkerPath: PREVIEW_WORKER,
      open: opener,
      askToSave: async (name) => {
        app.dialogs.askedToSave.push(name)
        return app.dialogs.saveChoices.shift() ?? 'cancel'
      },
      closeWindow: () => {
        app.closed = true
      },
      chooseImagePaths: async () => app.dialogs.imagePaths.shift() ?? null,
      showContextMenu: async (menu) => {
        app.dialogs.contextMenus.push(menu)
        return app.dialogs.menuChoices.shift() ?? null
      },
      editCommand: async (command) => {
        app.dialogs.editCommands.push(command)
        await page.keyboard.press(EDIT_KEYS[command])
      },
    }
    app.services = options.servicesInChild ? await inChild(env) : inProcess(env)
    const byChannel = new Map<string, InvokeName>((Object.keys(INVOKE) as InvokeName[]).map((name) => [channelName(name), name]))

    await context.route('http://banxin.test/**', async (route) => {
      const file = rendererFile(RENDERER, route.request().url())
      if (!file || !existsSync(file.path)) return route.fulfill({ status: 404 })
      await route.fulfill({ body: readFileSync(file.path), contentType: file.type })
    })
    await page.exposeBinding('__banxinInvoke', async (_source, channel: string, args: unknown) => {
      const name = byChannel.get(channel)
      if (!name) return encodeBytes({ ok: false, error: { code: 'ipc.unknown', message: `unknown channel ${channel}` } })
      await app.held.get(name)?.done
      const result = encodeBytes(await app.services.invoke(name, decodeBytes(args) as unknown[]))
      app.answered.set(name, (app.answered.get(name) ?? 0) + 1)
      return result
    })
    await page.addInitScript(`(() => {
      ${CODEC_SOURCE}
      const listeners = {}
      window.__banxinEmit = (channel, value) => (listeners[channel] || []).forEach((h) => h({}, value))
      const electron = {
        contextBridge: { exposeInMainWorld: (key, value) => { window[key] = value } },
        ipcRenderer: {
          invoke: async (channel, ...args) => decodeBytes(await window.__banxinInvoke(channel, encodeBytes(args))),
          on: (channel, h) => { (listeners[channel] ||= []).push(h) },
          removeListener: (channel, h) => { listeners[channel] = (listeners[channel] || []).filter((x) => x !== h) },
        },
        // Where Electron reads a dropped File's path from the OS, the harness looks up the paths a test
        // gave through dropFiles().
        webUtils: { getPathForFile: (file) => (window.__banxinFilePaths || {})[file.name] || '' },
      }
      const module = { exports: {} }
      ;(function (require, module, exports) {
        ${readFileSync(PRELOAD, 'utf8')}
      })((name) => { if (name === 'electron') return electron; throw new Error('preload may only require electron: ' + name) }, module, module.exports)
    })()`)
    for (const script of options.initScripts ?? []) await page.addInitScript(script)
    await page.goto(APP_URL)
    return app
  }

  /** Lets the calls held on `name` (see `LaunchOptions.hold`) go through. */
  release(name: InvokeName): void {
    this.held.get(name)?.release()
  }

  /** An event from main to the page. */
  async emit<K extends EventName>(name: K, payload: EventPayload<K>): Promise<void> {
    await this.page.evaluate(([ch, value]) => (globalThis as unknown as { __banxinEmit(a: string, b: unknown): void }).__banxinEmit(ch, value), [eventName(name), payload] as const)
  }

  /** The user closes the window: main closes it, or asks the page first when a document has unsaved changes. */
  async requestClose(): Promise<void> {
    if (this.dirty) await this.emit('closeRequested', null)
    else this.closed = true
  }

  /** What the native menu would send. */
  async menu(command: MenuCommand): Promise<void> {
    await this.emit('menu', command)
  }

  /** A file the OS hands to the running app (second instance, macOS open-file). */
  openFromSystem(path: string): void {
    this.services.openFromSystem(path)
  }

  /**
   * kill -9 of the whole app: the services process (Electron's main) gets SIGKILL, so a write in progress
   * stops where it is, and the page goes with it (anything it still sends finds main gone). Needs
   * `servicesInChild`.
   */
  async crash(): Promise<void> {
    this.services.kill()
    await this.context.close()
  }

  /**
   * Drops files from disk on the window the way a user does: a trusted drop event from Chromium's
   * input pipeline (CDP), with each File's path known to the stand-in webUtils as Electron would know it.
   */
  async dropFiles(paths: string[], target = '.bx-app'): Promise<void> {
    await this.page.evaluate((named) => {
      ;(window as unknown as { __banxinFilePaths: Record<string, string> }).__banxinFilePaths = named
    }, Object.fromEntries(paths.map((p) => [p.split(/[\\/]/).pop()!, p])))
    const box = await this.page.locator(target).boundingBox()
    if (!box) throw new Error(`nothing to drop on: ${target}`)
    const cdp = await this.context.newCDPSession(this.page)
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const data = { items: [], files: paths, dragOperationsMask: 1 }
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data })
    await cdp.detach()
  }

  async close(): Promise<void> {
    await this.context.close()
    this.services.stop()
  }
}

/** Types Chinese the way an IME does: composition updates, then a commit (design §3; editor.md §2). */
export async function typeWithIme(page: Page, pinyinSteps: string[], commit: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  for (const step of pinyinSteps) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length })
  }
  await cdp.send('Input.insertText', { text: commit })
  await cdp.detach()
}
