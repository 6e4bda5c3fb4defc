import { test, expect } from '../harness/fixtures'
import { typeWithIme } from '../harness/app'

test('portal and print previews show the article and follow the typing', async ({ app }) => {
  const { page } = app
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  await expect(portal.locator('h1')).toContainText('办好民生实事')
  await expect(portal.getByText('织密服务网络')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/app-portal-preview.png' })

  await page.getByRole('tab', { name: '印刷预览' }).click()
  await expect(page.getByTestId('print-page-count')).toHaveText(/共 \d+ 页/, { timeout: 30_000 })
  const pagesBefore = Number((await page.getByTestId('print-page-count').innerText()).match(/\d+/)![0])
  expect(pagesBefore).toBeGreaterThanOrEqual(1)
  await expect(page.locator('[data-testid="print-pages"] img').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/app-print-preview.png' })

  // Type a long paragraph at the end: the print preview grows, the portal shows it.
  const last = page.locator('.bx-paragraph').last()
  await last.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  const sentence = '新增段落用于检验预览是否随输入更新。'
  await typeWithIme(page, ['xinzeng'], sentence.repeat(150))
  await expect(page.getByTestId('print-page-count')).not.toHaveText(`共 ${pagesBefore} 页`, { timeout: 30_000 })

  // 转到光标所在页: the page where the caret's paragraph starts.
  await page.locator('.bx-paragraph').first().click()
  await page.getByRole('button', { name: '转到光标所在页' }).click()
  await expect(page.getByRole('button', { name: '第 1 页' })).toHaveAttribute('data-current')
  await page.locator('.bx-paragraph').last().click()
  await page.getByRole('button', { name: '转到光标所在页' }).click()
  const current = page.locator('.bx-thumbs [data-current]')
  await expect(current).toHaveCount(1)
  await expect(current).not.toHaveAccessibleName('第 1 页')
  const shown = Number((await current.getAttribute('aria-label'))!.match(/\d+/)![0])
  await expect(page.locator(`[data-testid="print-pages"] img[data-page="${shown - 1}"]`)).toBeInViewport()

  await page.getByRole('tab', { name: '门户预览' }).click()
  await expect(portal.getByText(sentence, { exact: false }).first()).toBeVisible()
})
