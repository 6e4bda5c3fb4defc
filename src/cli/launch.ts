import { isAscii } from 'node:buffer'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import { homedir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { Script } from 'node:vm'

/**
 * Runs the CLI bundle (out/cli/banxin.cjs) with V8's code cache. Most of a short command's time is
 * otherwise spent compiling JavaScript, and Node 20 has no module compile cache of its own
 * (`module.enableCompileCache` came with Node 22), so the launcher keeps one per command: the bytecode
 * of every function the last `banxin export` ran is in the export cache, and the next export starts
 * without compiling it again. A cache that does not fit (another Node, another build) is simply
 * rejected by V8 and rewritten; one that cannot be written costs nothing but speed.
 */

/** Where the caches live: BANXIN_CACHE_DIR, else the platform's per-user cache folder. */
export function cacheDirectory(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (env.BANXIN_CACHE_DIR) return env.BANXIN_CACHE_DIR
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'banxin', 'Cache')
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'banxin')
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'banxin')
}

/** One cache per command, bundle build and V8: each file is only ever read by the process that fits it. */
export function cacheFile(dir: string, bundle: string, command: string): string {
  const { size, mtimeMs } = statSync(bundle)
  return join(dir, `${cachePrefix(command)}${process.versions.v8}-${process.arch}-${size}-${Math.round(mtimeMs)}.v8cache`)
}

const cachePrefix = (command: string) => `cli.${/^[a-z-]{1,20}$/.test(command) ? command : 'other'}.`

/** The same command's caches of earlier builds or Node versions: never read again. */
function removeStaleCaches(cache: string): void {
  const prefix = basename(cache).match(/^cli\.[a-z-]+\./u)![0]
  for (const name of readdirSync(dirname(cache)))
    if (name.startsWith(prefix) && name !== basename(cache)) rmSync(join(dirname(cache), name), { force: true })
}

/**
 * The bundle's text. `npm run build` writes it as ASCII, which reads as Latin-1 at memory speed; decoding
 * its 1.8 MB as UTF-8 took as long as compiling it from the cache.
 */
function sourceOf(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
}

export interface LoadedBundle {
  /** V8 took the cached code. */
  cacheAccepted: boolean
  /** Runs the bundle as a CommonJS module (it reads its command from process.argv). */
  run(): void
  /** Writes the cache of everything compiled so far, when there was none or it was rejected. */
  saveCache(): void
}

/** Reads the bundle and compiles it, from the cache where V8 takes it. */
export function loadBundle(bundle: string, cache: string): LoadedBundle {
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cache)
  } catch {
    cachedData = undefined
  }
  const script = new Script(Module.wrap(sourceOf(readFileSync(bundle))), { filename: bundle, cachedData })
  const cacheAccepted = cachedData !== undefined && !script.cachedDataRejected
  return {
    cacheAccepted,
    run() {
      const module = new Module(bundle)
      module.filename = bundle
      module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(bundle))
      const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void
      run.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle))
    },
    saveCache() {
      if (cacheAccepted) return
      try {
        mkdirSync(dirname(cache), { recursive: true })
        const temp = `${cache}.${process.pid}.tmp`
        writeFileSync(temp, script.createCachedData())
        renameSync(temp, cache)
        removeStaleCaches(cache)
      } catch {
        // A read-only or full cache folder: the next run compiles again, nothing else changes.
      }
    },
  }
}

/** `bin/banxin.js`: runs the bundle and, once the command has finished, keeps its compiled code. */
export function launch(bundle: string): void {
  const loaded = loadBundle(bundle, cacheFile(cacheDirectory(), bundle, process.argv[2] ?? ''))
  // On exit, when the functions the command ran are compiled and go into the cache. Not on
  // 'beforeExit', which process.exit() skips: `--version`, `--help` and a bad option never kept one.
  process.once('exit', () => loaded.saveCache())
  loaded.run()
}
