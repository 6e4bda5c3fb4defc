import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import { HarnessApp } from '../harness/app'
import { RENDER_COUNTER, commitsDuring, tally } from '../support/render-count'
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

    // As an IME commits (CDP Input.insertText), one character at a time, without waiting between them; then
    // the pause. A keystroke's commit is the one that renders the text; on a loaded machine typing may stall
    // past the pause, so the panels' commit can fall among the keystrokes, and is told apart by what it renders.
    const commits = await commitsDuring(page, async () => {
      for (const ch of '乙丙丁戊') await page.keyboard.insertText(ch)
      await expect(page.getByTestId('article-body')).toContainText('群众办事少跑腿。甲乙丙丁戊')
      await expect(count).toHaveText('字数 32')
      await expect(page.frameLocator('[data-testid="portal-frame"]').locator('body')).toContainText('甲乙丙丁戊')
    })
    const withText = commits.filter((c) => c.includes('EditorBody'))
    expect(withText.length, 'the text rendered with each keystroke').toBeGreaterThanOrEqual(4)
    // Nothing renders with the text; and the panels' update does not render the text again, which would put
    // Slate's selection back into the DOM over a caret just moved.
    expect(AROUND_THE_TEXT.filter((name) => withText.some((c) => c.includes(name))), 'rendered with the text').toEqual([])
    const pause = tally(commits.filter((c) => !c.includes('EditorBody')))
    expect(pause.ArticleCount, '字数 after the pause').toBeGreaterThan(0)
    expect(pause.SidePanel, 'the side panel after the pause').toBeGreaterThan(0)
    expect(pause.PortalPreview, 'the preview after the pause').toBeGreaterThan(0)
  } finally {
    await app.close()
  }
})
