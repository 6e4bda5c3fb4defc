import { join, resolve } from 'node:path'

/** The built app the harness runs (`npm run build`). */
export const ROOT = resolve(import.meta.dirname, '../..')
export const RENDERER = join(ROOT, 'out/renderer')
export const PRELOAD = join(ROOT, 'out/preload/index.cjs')
export const OPEN_WORKER = join(ROOT, 'out/main/open-worker.js')
export const EXPORT_WORKER = join(ROOT, 'out/main/export-worker.js')
export const PREVIEW_WORKER = join(ROOT, 'out/main/preview-worker.js')
