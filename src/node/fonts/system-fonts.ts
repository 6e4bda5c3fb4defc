import { readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { SfntNames } from './sfnt-names'
import { readSfntNames } from './sfnt-names'

/** Fonts installed on this computer, found by name in the usual font folders of each system. */

export interface SystemFont extends SfntNames {
  path: string
}

export function fontDirectories(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string[] {
  switch (platform) {
    case 'win32': {
      const windows = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows'
      const local = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local')
      return [join(windows, 'Fonts'), join(local, 'Microsoft', 'Windows', 'Fonts')]
    }
    case 'darwin':
      return ['/System/Library/Fonts', '/System/Library/Fonts/Supplemental', '/Library/Fonts', join(home, 'Library', 'Fonts')]
    default:
      return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local', 'share', 'fonts'), join(home, '.fonts')]
  }
}

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i

function fontFiles(dir: string, depth = 0, out: string[] = []): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return out
  }
  for (const e of entries) {
    const path = join(dir, e.name)
    if (e.isDirectory() && depth < 6) fontFiles(path, depth + 1, out)
    else if ((e.isFile() || e.isSymbolicLink()) && FONT_FILE.test(e.name)) out.push(path)
  }
  return out
}

export function scanFonts(dirs: readonly string[]): SystemFont[] {
  return dirs.flatMap((dir) => fontFiles(dir)).flatMap((path) => readSfntNames(path).map((names) => ({ ...names, path })))
}

const normalise = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '')

/** The installed font for the first name in `wanted` that is found, in the weight asked for if there is one. */
export function findFont(fonts: readonly SystemFont[], wanted: readonly string[], bold: boolean): SystemFont | undefined {
  for (const name of wanted) {
    const key = normalise(name)
    const matches = fonts.filter((f) => f.names.some((n) => normalise(n) === key))
    const match = matches.find((f) => f.bold === bold) ?? matches[0]
    if (match) return match
  }
  return undefined
}
