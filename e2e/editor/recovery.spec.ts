import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import { HarnessApp, typeWithIme } from '../harness/app'
import { article, paragraph } from '../../src/core/model/build'
import { blocks, caretIn, openArticle } from './helpers'

function autosaved(userDataDir: string): string[] {
  const dir = join(userDataDir, 'autosave')
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.banxin')) : []
}

test('after the renderer dies mid-edit, the next start offers the text back', async ({ app, chromium }) => {
  const { page } = app
  await openArticle(app, article({ title: '抢救稿' }, [paragraph('已经写好的第一段。')]))
  await caretIn(blocks(page).nth(0))
  await page.keyboard.press('Enter')
  await typeWithIme(page, ['wei', 'weibaocun'], '未保存的新内容')
  await expect(page.getByTestId('status-saved')).toHaveText('未保存')
  // Autosave runs after a short idle; the test waits for its file rather than for a clock.
  await expect.poll(() => autosaved(app.userDataDir).length, { timeout: 15_000 }).toBeGreaterThan(0)
  // Kill the renderer: no save, no close handlers.
  await app.context.close()

  const again = await HarnessApp.launch(chromium, { userDataDir: app.userDataDir })
  try {
    const banner = again.page.getByTestId('recovery')
    await expect(banner).toContainText('抢救稿')
    await banner.getByRole('button', { name: '恢复' }).first().click()
    await expect(again.page.getByTestId('article-body')).toContainText('未保存的新内容')
    await expect(again.page.getByTestId('article-body')).toContainText('已经写好的第一段。')
    await expect(again.page.locator('[data-field="title"]')).toHaveValue('抢救稿')
    await again.page.screenshot({ path: 'test-results/screens/editor-recovered.png' })
  } finally {
    await again.close()
  }
})
