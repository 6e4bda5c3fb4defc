import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { HarnessApp } from '../harness/app'
import { readBanxin, writeBanxin } from '../../src/core/file/banxin-file'
import type { Article, ArticleBundle } from '../../src/core/model/article'

export const body = (page: Page): Locator => page.getByTestId('article-body')

/** Top-level blocks in the editor, whether or not the body is rendered in chunks. */
export const blocks = (page: Page): Locator =>
  body(page).locator(
    '[data-slate-node="element"]:not([data-slate-node="element"] [data-slate-node="element"])',
  )

/** Opens an article the way a user does: Ctrl+O and a file chosen in the (fake) dialog. */
export async function openArticle(app: HarnessApp, article: Article, assetData: ArticleBundle['assetData'] = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-editor-'))
  const path = join(dir, `${article.meta.title || '稿件'}.banxin`)
  writeFileSync(path, writeBanxin({ article, assetData }))
  await app.page.locator('[data-command="open"]').waitFor()
  app.dialogs.openPaths.push(path)
  await app.page.keyboard.press('Control+o')
  await app.page
    .getByTestId('status-file')
    .filter({ hasText: path.split('/').pop()! })
    .waitFor()
  return path
}

/** Saves with Ctrl+S (to `path`, or into a fresh folder) and reads the file back. */
export async function saveAndRead(app: HarnessApp, path?: string): Promise<ArticleBundle> {
  const target = path ?? join(mkdtempSync(join(tmpdir(), 'banxin-saved-')), '保存.banxin')
  // Answers the Save As dialog when the document has no file yet (new or imported); unused otherwise.
  app.dialogs.savePaths.push(target)
  // A person's pause: the app reads the document from its last render, which can trail an edit by a frame.
  await app.page.waitForTimeout(150)
  await app.page.keyboard.press('Control+s')
  await app.page.getByTestId('status-saved').filter({ hasText: '已保存' }).waitFor()
  return readBanxin(new Uint8Array(readFileSync(target)))
}

/**
 * Puts the caret at the end (or start) of an element's text by clicking it and pressing End/Home, then
 * pauses as a person would: slate-react reads DOM selection changes on a short throttle.
 */
export async function caretIn(locator: Locator, where: 'start' | 'end' = 'end'): Promise<void> {
  await locator.click()
  await locator.page().keyboard.press(where === 'end' ? 'End' : 'Home')
  await locator.page().waitForTimeout(150)
}

/** Text of the editable body only: Slate text nodes, never generated labels or the image fields. */
export async function textOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) =>
    [...el.querySelectorAll('[data-slate-string], [data-slate-zero-width]')]
      .map((n) => (n.hasAttribute('data-slate-zero-width') ? '' : n.textContent))
      .join(''),
  )
}

/** The user's own sample (a portal page scraped to text), present where ../shared exists. */
export const PORTAL_SAMPLE = resolve(import.meta.dirname, '../../../shared/fixtures/portal-article.txt')

/** Opens the portal sample through 打开 as an editor would, and waits until it is shown. */
export async function openPortalSample(app: HarnessApp): Promise<void> {
  const { page } = app
  await page.locator('[data-command="open"]').waitFor()
  app.dialogs.openPaths.push(PORTAL_SAMPLE)
  await page.keyboard.press('Control+o')
  await page.getByTestId('status-file').filter({ hasText: 'portal-article' }).waitFor()
}
