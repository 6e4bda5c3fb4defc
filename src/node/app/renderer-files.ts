import { extname, join, relative, isAbsolute } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
}

/**
 * The file an `app://banxin/…` request names inside the built renderer folder, with its type (module
 * scripts load only with a JavaScript type), or undefined for anything outside that folder. Main's
 * protocol handler and the e2e harness both serve the renderer through this.
 */
export function rendererFile(rendererDir: string, url: string): { path: string; type: string } | undefined {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url).pathname)
  } catch {
    return undefined
  }
  const path = join(rendererDir, pathname === '/' ? 'index.html' : pathname)
  const inside = relative(rendererDir, path)
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return undefined
  return { path, type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' }
}
