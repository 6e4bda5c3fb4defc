import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import { HarnessApp } from '../harness/app'
import { RENDER_COUNTER, rendersDuring } from '../support/render-count'
import { article, paragraph, sectionHeading } from '../../src/core/model/build'
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema'
import { openArticle } from './helpers'

/** Everything around the text: none of it may render while the user types in the body. */
const AROUND_THE_TEXT = [
  'App',
  'AppBar',
  'RecoveryBanner',
  'Toasts',
  'TabBar',
  'Tab',
  'StatusBar',
  'ArticleCount',
  'Workspace',
  'ArticleEditor',
  'Slate',
  'EditorView',
  'Toolbar',
  'MetaFields',
  'SidePanel',
  'OutlinePanel',
  'Splitter',
  'PreviewPane',
  'PortalPreview',
]

test('a keystroke in the body renders the text only; the status bar, side panel and preview follow after a pause, and the text does not render again', async ({ chromium }) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'banxin-e2e-renders-'))
  const layout = { ...DEFAULT_SETTINGS.layout, previewOpen: true, previewMode: 'portal' as const }
  writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, layout }))
  const app = await HarnessApp.launch(chromium, { userDataDir, initScripts: [RENDER_COUNTER] })
  try {
    const { page } = app
    await openArticle(app, article({ title: '按键' }, [sectionHeading('一、社区服务', '便民'), paragraph('街坊邻里都说方便。'), paragraph('群众办事少跑腿。')]))
    const count = page.getByTestId('status-count')
    await expect(count).toHaveText('字数 27')
    await page.getByTestId('article-body').locator('p', { hasText: '群众办事' }).click()
    await page.keyboard.press('End')
    // The first keystroke marks the document unsaved and enables 撤销: the tab, status bar and toolbar show it.
    await page.keyboard.insertText('甲')
    await expect(count).toHaveText('字数 28')
    await expect(page.getByRole('tab', { name: /● 按键/ })).toBeVisible()

    // As an IME commits (CDP Input.insertText), one character at a time, without waiting between them.
    const typing = await rendersDuring(page, async () => {
      for (const ch of '乙丙丁戊') await page.keyboard.insertText(ch)
    })
    await expect(page.getByTestId('article-body')).toContainText('群众办事少跑腿。甲乙丙丁戊')
    expect(typing.EditorBody, 'the text rendered with each keystroke').toBeGreaterThanOrEqual(4)
    expect(AROUND_THE_TEXT.filter((name) => typing[name]), 'rendered by a keystroke').toEqual([])

    const pause = await rendersDuring(page, async () => {
      await expect(count).toHaveText('字数 32')
      await expect(page.frameLocator('[data-testid="portal-frame"]').locator('body')).toContainText('甲乙丙丁戊')
    })
    expect(pause.ArticleCount, '字数 after the pause').toBeGreaterThan(0)
    expect(pause.SidePanel, 'the side panel after the pause').toBeGreaterThan(0)
    expect(pause.PortalPreview, 'the preview after the pause').toBeGreaterThan(0)
    // Rendering the text again would put Slate's selection back into the DOM, over a caret just moved.
    expect(pause.EditorBody ?? 0, 'the text after the pause').toBe(0)
  } finally {
    await app.close()
  }
})
