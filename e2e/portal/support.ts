import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Article } from '../../src/core/model/article'

/** AxeBuilder tags for WCAG 2.1 level A and AA, the basis of GB/T 37668-2019. */
export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 375, height: 812 }

export interface FixturePackage {
  name: string
  article: Article
  /** file:// URL of a file in the package. */
  url: (file: string) => string
  /** A text file of the package, with the BOM and CRLF it carries for Windows removed. */
  text: (file: string) => string
  /** file:// URL of the in-app preview (template placeholders shown) under a built-in profile. */
  appPreviewUrl: (profileId: string) => string
}

let written: string | undefined

/** Writes every fixture's package once per worker (see make-packages.ts) and describes them. */
export function fixturePackages(): FixturePackage[] {
  if (!written) {
    written = mkdtempSync(join(tmpdir(), 'banxin-portal-'))
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'make-packages.ts'), written], { stdio: 'inherit' })
  }
  const root = written
  const names = JSON.parse(readFileSync(join(root, 'fixtures.json'), 'utf8')) as string[]
  return names.map((name) => {
    const dir = join(root, name)
    return {
      name,
      article: JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')) as Article,
      url: (file) => pathToFileURL(join(dir, 'package', file)).href,
      text: (file) => readFileSync(join(dir, 'package', file), 'utf8').replace(/^\ufeff/, '').replace(/\r\n/g, '\n'),
      appPreviewUrl: (profileId) => {
        const path = join(dir, `app-preview-${profileId}.html`)
        if (!existsSync(path)) throw new Error(`no in-app preview for profile ${profileId}`)
        return pathToFileURL(path).href
      },
    }
  })
}
