import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './harness/fixtures'
import { HarnessApp, typeWithIme } from './harness/app'
import { readBanxin } from '../src/core/file/banxin-file'
import { blockText } from '../src/core/model/text'

test('opens the bundled example on first start', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-field="title"]')).toHaveValue('办好民生实事　绘就幸福底色')
  await expect(page.locator('.bx-section-heading')).toHaveCount(3)
  await expect(page.getByTestId('status-file')).toHaveText('示例文章.banxin')
  await expect(page.getByTestId('status-count')).toContainText('字数')
  await page.screenshot({ path: 'test-results/screens/foundation-example.png' })
})

test('types Chinese by IME composition, saves with Ctrl+S, reopens and finds it exactly once', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-save-'))
  const target = join(dir, '测试稿.banxin')
  app.dialogs.savePaths.push(target)

  const lead = page.locator('.bx-paragraph').first()
  await lead.click()
  await page.keyboard.press('End')
  await typeWithIme(page, ['c', 'ce', 'ceshi', 'ceshi zhong', 'ceshi zhongwen shuru'], '测试中文输入')
  await expect(lead).toContainText('测试中文输入')
  await expect(page.getByTestId('status-saved')).toHaveText('未保存')

  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('status-saved')).toHaveText('已保存')
  await expect(page.getByTestId('status-file')).toHaveText('测试稿.banxin')

  const saved = readBanxin(new Uint8Array(readFileSync(target)))
  const text = saved.article.blocks.map(blockText).join('\n')
  expect(text.split('测试中文输入').length - 1).toBe(1)
  expect(statSync(target).size).toBeGreaterThan(0)

  // Close the document, then open the file from disk again.
  await page.getByRole('button', { name: '关闭 测试稿.banxin' }).click()
  await expect(page.getByTestId('welcome')).toBeVisible()
  app.dialogs.openPaths.push(target)
  await page.keyboard.press('Control+o')
  await expect(page.getByTestId('status-file')).toHaveText('测试稿.banxin')
  const body = await page.getByTestId('article-body').innerText()
  expect(body.split('测试中文输入').length - 1).toBe(1)
})

test('a draft opened while the example is still loading stays in front, and the example does not open over it', async ({ chromium }) => {
  const app = await HarnessApp.launch(chromium, { hold: ['openExample'] })
  const { page } = app
  app.dialogs.openPaths.push(join(import.meta.dirname, '../test/fixtures/import/portal-copy.txt'))
  await page.locator('[data-command="open"]').click()
  await expect(page.getByTestId('status-file')).toHaveText('portal-copy.banxin')
  app.release('openExample')
  await expect.poll(() => app.answered.get('openExample')).toBe(1)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  await expect(page.getByTestId('status-file')).toHaveText('portal-copy.banxin')
  await expect(page.getByRole('tablist', { name: '打开的文档' }).getByRole('tab')).toHaveCount(1)
  await app.close()
})
