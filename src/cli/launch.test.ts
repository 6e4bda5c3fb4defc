import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { cacheDirectory, cacheFile } from './launch'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A stand-in bundle: CommonJS that says it ran, using require and __dirname as the real one does. */
function bundle(): string {
  dir = mkdtempSync(join(tmpdir(), 'banxin-launch-'))
  const file = join(dir, 'bundle.cjs')
  writeFileSync(file, `const path = require('node:path')\nfunction work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s }\nprocess.stdout.write('ran in ' + path.basename(__dirname) + ' ' + work(10))\n`)
  return file
}

/** Each launch in its own process, as the command runs: V8 keeps no compiled code between them but the cache. */
function launch(file: string, cache: string): { ran: string; accepted: boolean } {
  const launcher = fileURLToPath(new URL('./launch.ts', import.meta.url))
  const script = `import { loadBundle } from ${JSON.stringify(launcher)}\nconst l = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(cache)})\nl.run()\nl.saveCache()\nprocess.stdout.write('|' + l.cacheAccepted)\n`
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })
  expect(r.status, r.stderr).toBe(0)
  const [ran, accepted] = r.stdout.split('|')
  return { ran: ran!, accepted: accepted === 'true' }
}

describe('loadBundle', () => {
  it('runs the bundle as CommonJS, writes its code cache, and takes it the next time', () => {
    const file = bundle()
    const cache = cacheFile(join(dir, 'cache'), file, 'export')
    expect(launch(file, cache)).toEqual({ ran: `ran in ${basename(dir)} 45`, accepted: false })
    expect(statSync(cache).size).toBeGreaterThan(0)
    expect(launch(file, cache)).toEqual({ ran: `ran in ${basename(dir)} 45`, accepted: true })
  })

  it('survives a damaged cache and replaces it, and removes the caches of older builds', () => {
    const file = bundle()
    const cacheDir = join(dir, 'cache')
    const cache = cacheFile(cacheDir, file, 'export')
    launch(file, cache)
    writeFileSync(cache, 'not a code cache')
    writeFileSync(join(cacheDir, 'cli.export.old-build.v8cache'), 'stale')
    writeFileSync(join(cacheDir, 'cli.lint.other-command.v8cache'), 'kept')

    expect(launch(file, cache).accepted).toBe(false)
    expect(readFileSync(cache, 'latin1')).not.toBe('not a code cache')
    expect(readdirSync(cacheDir).sort()).toEqual([basename(cache), 'cli.lint.other-command.v8cache'].sort())
    expect(launch(file, cache).accepted).toBe(true)
  })

  it('reads a bundle that is not ASCII as UTF-8', () => {
    const file = bundle()
    writeFileSync(file, `process.stdout.write('版心 ' + require('node:path').basename(__dirname))\n`)
    expect(launch(file, cacheFile(join(dir, 'cache'), file, 'export')).ran).toBe(`版心 ${basename(dir)}`)
  })

  it('keeps working where the cache cannot be written', () => {
    const file = bundle()
    writeFileSync(join(dir, 'blocked'), 'a file where the cache folder should be')
    const cache = cacheFile(join(dir, 'blocked', 'cache'), file, 'export')
    expect(launch(file, cache)).toEqual({ ran: `ran in ${basename(dir)} 45`, accepted: false })
    expect(launch(file, cache).accepted).toBe(false)
  })
})

describe('launch', () => {
  it('keeps the compiled code of a command that ends with process.exit, as --version does', () => {
    const file = bundle()
    writeFileSync(file, `process.stdout.write('0.1.0')\nprocess.exit(0)\n`)
    const cacheDir = join(dir, 'cache')
    const launcher = fileURLToPath(new URL('./launch.ts', import.meta.url))
    const script = `import { launch } from ${JSON.stringify(launcher)}\nlaunch(${JSON.stringify(file)})\n`
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', 'banxin', '--version'], { encoding: 'utf8', env: { ...process.env, BANXIN_CACHE_DIR: cacheDir } })
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toBe('0.1.0')
    expect(readdirSync(cacheDir)).toEqual([basename(cacheFile(cacheDir, file, '--version'))])
  })
})

describe('cacheDirectory', () => {
  it("is the platform's per-user cache folder, or BANXIN_CACHE_DIR", () => {
    expect(cacheDirectory('linux', {}, '/home/ed')).toBe('/home/ed/.cache/banxin')
    expect(cacheDirectory('linux', { XDG_CACHE_HOME: '/var/cache/ed' }, '/home/ed')).toBe('/var/cache/ed/banxin')
    expect(cacheDirectory('darwin', {}, '/Users/ed')).toBe('/Users/ed/Library/Caches/banxin')
    expect(cacheDirectory('win32', { LOCALAPPDATA: 'C:\\Users\\ed\\AppData\\Local' }, 'C:\\Users\\ed')).toBe(join('C:\\Users\\ed\\AppData\\Local', 'banxin', 'Cache'))
    expect(cacheDirectory('linux', { BANXIN_CACHE_DIR: '/tmp/b' }, '/home/ed')).toBe('/tmp/b')
  })

  it('names caches by command, and anything unexpected as "other"', () => {
    const file = bundle()
    expect(cacheFile('/c', file, 'export')).toMatch(/^\/c\/cli\.export\./)
    expect(cacheFile('/c', file, '../../x')).toMatch(/^\/c\/cli\.other\./)
  })
})
