import { test, expect } from '../harness/fixtures'

test('打印 sends the typeset pages, one per sheet, to the system print dialog', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-field="title"]')).toHaveValue(/办好民生实事/)
  // The print dialog is the OS's; record that it was asked for and what was on the sheets at that moment.
  await page.evaluate(() => {
    const w = window as unknown as { printed: { sheets: number; appVisible: string }[] }
    w.printed = []
    window.print = () => {
      const root = document.querySelector('.bx-print-root')
      w.printed.push({ sheets: root?.querySelectorAll('img').length ?? 0, appVisible: getComputedStyle(document.getElementById('root')!).display })
    }
  })
  await page.emulateMedia({ media: 'print' })
  await page.keyboard.press('Control+p')
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: unknown[] }).printed.length), { timeout: 30_000 }).toBe(1)
  const [printed] = await page.evaluate(() => (window as unknown as { printed: { sheets: number; appVisible: string }[] }).printed)
  expect(printed!.sheets).toBeGreaterThanOrEqual(1)
  expect(printed!.appVisible, 'the editor must not reach the printer').toBe('none')
})
