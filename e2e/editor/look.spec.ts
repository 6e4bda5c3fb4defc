import { test, expect } from '../harness/fixtures'

test('the editor shows the example article with toolbar and outline', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-field="title"]')).toHaveValue('办好民生实事　绘就幸福底色')
  await expect(page.getByRole('toolbar', { name: '编辑工具栏' })).toBeVisible()
  await expect(page.getByTestId('outline')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/editor-example.png' })
})
