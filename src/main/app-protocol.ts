import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { rendererFile } from '../node/app/renderer-files'

/** The renderer's own origin: a standard, secure scheme instead of file:// (checklist item 18). */
export const APP_PAGE = 'app://banxin/index.html'

/**
 * The page a window loads: our own app:// page, or electron-vite's dev server only while developing.
 * A packaged app never loads a page named by the environment, which would otherwise get the full preload.
 */
export function pageToLoad(isPackaged: boolean, devServer: string | undefined): string {
  return !isPackaged && devServer ? devServer : APP_PAGE
}

/** Must run before the app is ready: `app:` gets the privileges of https (module scripts, CSP 'self'). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves out/renderer under app://banxin/ and nothing else: no host but ours, no path outside the folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const file = new URL(request.url).host === 'banxin' ? rendererFile(rendererDir, request.url) : undefined
    if (!file) return new Response('not found', { status: 404 })
    try {
      return new Response(await readFile(file.path), { headers: { 'content-type': file.type } })
    } catch {
      return new Response('not found', { status: 404 })
    }
  })
}
