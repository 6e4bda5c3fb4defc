import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { rendererFile } from './renderer-files'

const dir = '/opt/banxin/out/renderer'

describe('serving the renderer over app://', () => {
  it('maps a request to the file in the renderer folder, with a type module scripts accept', () => {
    expect(rendererFile(dir, 'app://banxin/assets/index-abc.js')).toEqual({ path: join(dir, 'assets/index-abc.js'), type: 'text/javascript; charset=utf-8' })
    expect(rendererFile(dir, 'app://banxin/')?.path).toBe(join(dir, 'index.html'))
    expect(rendererFile(dir, 'app://banxin/%E5%AD%97.woff2')?.path).toBe(join(dir, '字.woff2'))
  })

  it('never leaves the renderer folder', () => {
    for (const url of ['app://banxin/..%2F..%2Fetc%2Fpasswd', 'app://banxin/..%5C..%5Cwin.ini', 'not a url'])
      expect(rendererFile(dir, url), url).toBeUndefined()
    // The URL parser folds dot segments before we look: they cannot climb above the folder's root.
    expect(rendererFile(dir, 'app://banxin/%2E%2E/%2E%2E/main/index.js')?.path).toBe(join(dir, 'main/index.js'))
  })
})
