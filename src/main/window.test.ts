import { beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * The Electron binary cannot run here, so the window's security settings are checked against a
 * stand-in `electron` module that records what main asks for (docs/security.md).
 */
const recorded = vi.hoisted(() => ({
  options: undefined as undefined | { webPreferences: Record<string, unknown> },
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  loaded: [] as string[],
  openHandler: undefined as undefined | (() => unknown),
  permission: undefined as undefined | ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void),
  check: undefined as undefined | (() => boolean),
}))

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = {
      on: (name: string, handler: (...args: unknown[]) => unknown) => recorded.handlers.set(name, handler),
      setWindowOpenHandler: (handler: () => unknown) => (recorded.openHandler = handler),
    }
    constructor(options: { webPreferences: Record<string, unknown> }) {
      recorded.options = options
    }
    once() {}
    loadURL(url: string) {
      recorded.loaded.push(url)
      return Promise.resolve()
    }
  },
  dialog: {},
  protocol: {},
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof recorded.permission) => (recorded.permission = h),
      setPermissionCheckHandler: (h: typeof recorded.check) => (recorded.check = h),
    },
  },
}))

const { createMainWindow, denyAllPermissions } = await import('./window')
const { pageToLoad } = await import('./app-protocol')

describe('the main window follows the Electron security checklist', () => {
  beforeEach(() => {
    recorded.handlers.clear()
    recorded.loaded = []
  })

  it('isolates and sandboxes the page, with no Node and web security on (items 2, 3, 4, 6, 8, 9, 10)', () => {
    createMainWindow('app://banxin/index.html')
    const prefs = recorded.options!.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    for (const risky of ['allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'webviewTag', 'nodeIntegrationInSubFrames'])
      expect(prefs[risky], risky).toBeUndefined()
  })

  it('loads the page it is given (app://, or the dev server main chose) and nothing else', () => {
    createMainWindow('app://banxin/index.html')
    expect(recorded.loaded).toEqual(['app://banxin/index.html'])
  })

  it('refuses navigation, new windows and webviews (items 11–14)', () => {
    createMainWindow('app://banxin/index.html')
    for (const name of ['will-navigate', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() }
      recorded.handlers.get(name)!(event)
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
    expect(recorded.openHandler!()).toEqual({ action: 'deny' })
  })

  it('denies every permission request and check (item 5)', () => {
    denyAllPermissions()
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      recorded.permission!({}, permission, (ok) => answers.push(ok))
    expect(answers).toEqual([false, false, false, false, false])
    expect(recorded.check!()).toBe(false)
  })

  it('honours ELECTRON_RENDERER_URL only in an unpackaged app', () => {
    expect(pageToLoad(false, 'http://localhost:5173/')).toBe('http://localhost:5173/')
    expect(pageToLoad(true, 'https://evil.example/')).toBe('app://banxin/index.html')
    expect(pageToLoad(false, undefined)).toBe('app://banxin/index.html')
  })
})
