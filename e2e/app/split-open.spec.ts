import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import type { HarnessApp } from '../harness/app'
import { EPAPER_PAGE } from '../../src/core/import/testing/epaper-page'

const SCREENS = 'test-results/screens'

/** Opens the e-paper page of three stories with Ctrl+O; the app asks how to open it. */
async function openEpaperPage(app: HarnessApp) {
  const path = join(mkdtempSync(join(tmpdir(), 'banxin-split-')), '柳溪日报第3版.txt')
  writeFileSync(path, EPAPER_PAGE)
  await app.page.locator('[data-command="open"]').waitFor()
  app.dialogs.openPaths.push(path)
  await app.page.keyboard.press('Control+o')
  const dialog = app.page.getByRole('dialog', { name: '这份稿件含 3 篇文章' })
  await expect(dialog).toBeVisible()
  return { dialog, tabs: app.page.getByRole('tablist', { name: '打开的文档' }).getByRole('tab') }
}

test('a page of three articles opened as three: one tab per story, each with its own title and text only', async ({
  app,
}) => {
  const { page } = app
  const { dialog, tabs } = await openEpaperPage(app)
  await expect(dialog.getByRole('listitem')).toHaveCount(3)
  await expect(dialog.getByRole('listitem').nth(1)).toHaveText('冬储菜上市　价格稳中有降')
  await expect(dialog).toContainText('「第3版（要闻）」')
  await page.screenshot({ path: `${SCREENS}/split-open-dialog.png` })
  await dialog.getByRole('button', { name: '分成 3 篇文章打开' }).click()
  await expect(dialog).toBeHidden()
  await expect(tabs.filter({ hasText: /\.banxin/ }).filter({ hasNotText: '示例' })).toHaveCount(3)
  await expect(tabs.filter({ hasText: '柳溪日报第3版' })).toHaveCount(0)
  // The last one opened is in front: the third story, alone.
  await expect(page.locator('.bx-editor')).toContainText('护河志愿队已经坚持了五年')
  await expect(page.locator('.bx-editor')).not.toContainText('冬储菜')
  await tabs.filter({ hasText: '冬储菜上市价格稳中有降.banxin' }).click()
  await expect(page.locator('[data-field="title"]')).toHaveValue('冬储菜上市　价格稳中有降')
  await expect(page.locator('.bx-editor')).toContainText('避免浪费')
  await expect(page.locator('.bx-editor')).not.toContainText('护河')
  await expect(page.locator('.bx-editor')).not.toContainText('公交环线')
})

test('a page of three articles opened as one: one tab, the page label nowhere in it', async ({ app }) => {
  const { page } = app
  const { dialog, tabs } = await openEpaperPage(app)
  await dialog.getByRole('button', { name: '作为一篇打开' }).click()
  await expect(tabs.filter({ hasText: '柳溪日报第3版.banxin' })).toHaveCount(1)
  await expect(tabs.filter({ hasText: '冬储菜' })).toHaveCount(0)
  await expect(page.locator('.bx-editor')).toContainText('冬储菜陆续上市')
  await expect(page.locator('.bx-editor')).toContainText('护河志愿队')
  for (const field of ['kicker', 'title', 'subtitle'])
    await expect(page.locator(`[data-field="${field}"]`)).not.toHaveValue(/第3版/)
})

test('Esc on the split dialog opens the page as one article (its cancel rule), never nothing', async ({ app }) => {
  const { page } = app
  const { dialog, tabs } = await openEpaperPage(app)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(tabs.filter({ hasText: '柳溪日报第3版.banxin' })).toHaveCount(1)
  await expect(page.locator('.bx-editor')).toContainText('护河志愿队')
})

test('a page of three articles opened on a 版面: the 版头 from the page label, one frame per story by the automatic first draft', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const { dialog } = await openEpaperPage(app)
  await dialog.getByRole('button', { name: '在版面中打开（每篇一个版块）' }).click()
  const form = page.getByRole('dialog', { name: '在版面中打开' })
  await expect(form.getByLabel('报名')).toHaveValue('柳溪日报')
  await expect(form.getByLabel('出版日期')).toHaveValue('2025-11-04')
  await expect(form.getByLabel('版次')).toHaveValue('3')
  await expect(form.getByLabel('版名')).toHaveValue('要闻')
  await form.getByRole('button', { name: '创建' }).click()
  await expect(page.getByTestId('page-view')).toBeVisible()
  await expect(page.locator('[data-frame]')).toHaveCount(3, { timeout: 60_000 })
  await expect(page.getByText('已把 3 篇文章排成版面，每篇一个版块。')).toBeVisible()
  // Three short stories cannot fill a 版: the white left under them is named, frame by frame.
  await expect(page.getByTestId('empty-rows')).toContainText(/第 3 版还空 \d+ 栏行，可以加稿、放大图片或标题。/, { timeout: 60_000 })
  await expect(page.getByTestId('empty-rows').getByRole('listitem')).not.toHaveCount(0)
  // Each frame's white is counted under every one of its columns, and the 版's total is the frames' sum.
  const total = Number(/还空 (\d+) 栏行/.exec(await page.getByTestId('empty-rows').locator('.bx-warning').innerText())![1])
  const perFrame = (await page.getByTestId('empty-rows').getByRole('listitem').allInnerTexts()).map((t) => Number(/空 (\d+) 栏行/.exec(t)![1]))
  expect(perFrame.reduce((a, b) => a + b, 0)).toBe(total)
  await page.waitForTimeout(1500)
  await page.screenshot({ path: `${SCREENS}/split-open-page.png` })
})
