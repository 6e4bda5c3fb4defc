import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

const OPENABLE = /\.(banxin|docx|txt|html?|md)$/i

/** Files named on the command line (`banxin-app draft.docx`, file associations), skipping Electron's own flags. */
export function filesFromArgv(argv: readonly string[]): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && OPENABLE.test(a))
    .map((a) => resolve(a))
    .filter((p) => existsSync(p))
}
