import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from '../harness/fixtures'
import type { HarnessApp } from '../harness/app'
import { writeBanxin } from '../../src/core/file/banxin-file'
import { article, paragraph } from '../../src/core/model/build'
import type { ArticleBundle } from '../../src/core/model/article'
import { blockText } from '../../src/core/model/text'
import { blocks, saveAndRead } from './helpers'

/** A 公文 as import might leave it, with the review it carries in its .banxin (review.json). */
const imported = (): ArticleBundle => ({
  article: article({ title: '首页 政务公开 办事服务' }, [
    paragraph('关于做好秋季森林防火工作的通知'),
    paragraph('各乡镇人民政府，县直各单位：'),
    paragraph('为切实做好今年秋季森林防火工作，现将有关事项通知如下。'),
    paragraph('二〇二五年九月一日', 'signed-date'),
  ]),
  assetData: {},
  review: {
    source: { name: '防火通知.html', format: 'html' },
    dropped: [
      { text: '清溪县人民政府办公室', reason: '网站页脚', before: 3 },
      { text: '打印本页 关闭窗口', reason: '网站工具栏', before: 4 },
    ],
    guesses: [
      { text: '首页 政务公开 办事服务', at: { field: 'title' }, as: '标题', reason: '页面第一个短行', confidence: 0.35 },
      { text: '关于做好秋季森林防火工作的通知', at: { block: 0 }, as: '正文', reason: '没有句末标点的长行', confidence: 0.5 },
    ],
    changes: [{ at: { block: 1, line: 0 }, offset: 7, before: ',', after: '，', rule: 'punct-width' }],
  },
})

async function openBundle(app: HarnessApp, bundle: ArticleBundle): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'banxin-review-')), '防火通知.banxin')
  writeFileSync(path, writeBanxin(bundle))
  await app.page.locator('[data-command="open"]').waitFor()
  app.dialogs.openPaths.push(path)
  await app.page.keyboard.press('Control+o')
  await app.page.getByTestId('status-file').filter({ hasText: '防火通知.banxin' }).waitFor()
  return path
}

const texts = (page: Page) => blocks(page).allTextContents()
const panel = (page: Page) => page.getByTestId('review-panel')

test('导入检查: restore a dropped line as 落款, give a body line the title, undo both; the list is saved with the file', async ({ app }) => {
  const { page } = app
  const path = await openBundle(app, imported())
  await page.getByRole('tab', { name: '导入检查' }).click()
  await expect(panel(page).getByTestId('review-dropped')).toHaveCount(2)
  await expect(panel(page).getByTestId('review-dropped').first()).toContainText('原在「二〇二五年九月一日」之前')
  await expect(panel(page).getByTestId('review-guess')).toHaveCount(2)
  await expect(panel(page).getByTestId('review-change')).toContainText('「,」→「，」')
  await page.screenshot({ path: 'test-results/screens/review-panel.png' })

  // Restore the issuing body where it stood, as 落款.
  await panel(page).getByTestId('review-dropped').first().getByLabel('恢复为').selectOption({ label: '落款' })
  await expect(blocks(page).nth(3)).toHaveText('清溪县人民政府办公室')
  await expect(blocks(page).nth(3)).toHaveClass(/signoff/)
  await expect(panel(page).getByTestId('review-dropped')).toHaveCount(1)

  // The real headline was taken for body text: make it the title; the nav line is kept in the list.
  const title = page.locator('[data-field="title"]')
  await panel(page).getByTestId('review-guess').filter({ hasText: '关于做好秋季' }).getByLabel('改为').selectOption({ label: '标题' })
  await expect(title).toHaveValue('关于做好秋季森林防火工作的通知')
  expect(await texts(page)).toEqual(['各乡镇人民政府，县直各单位：', '为切实做好今年秋季森林防火工作，现将有关事项通知如下。', '清溪县人民政府办公室', '二〇二五年九月一日'])
  await expect(panel(page).getByTestId('review-dropped').filter({ hasText: '首页 政务公开 办事服务' })).toContainText('原标题，已被替换')
  await page.screenshot({ path: 'test-results/screens/review-after.png' })

  // Undo both, with the toolbar and with Ctrl+Z.
  await page.getByRole('button', { name: '撤销', exact: true }).click()
  await expect(title).toHaveValue('首页 政务公开 办事服务')
  await expect(blocks(page).nth(0)).toHaveText('关于做好秋季森林防火工作的通知')
  await expect(panel(page).getByTestId('review-guess')).toHaveCount(2)
  await blocks(page).nth(0).click()
  await page.keyboard.press('Control+z')
  expect(await texts(page)).toEqual(imported().article.blocks.map(blockText))
  await expect(panel(page).getByTestId('review-dropped')).toHaveCount(2)

  // Redo the restore, undo the punctuation change, save, and the review is in the file as it is on screen.
  await page.keyboard.press('Control+y')
  await expect(blocks(page).nth(3)).toHaveText('清溪县人民政府办公室')
  await panel(page).getByTestId('review-change').getByRole('button', { name: /撤销这处改动/ }).click()
  await expect(blocks(page).nth(1)).toHaveText('各乡镇人民政府,县直各单位：')
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map(blockText)[3]).toBe('清溪县人民政府办公室')
  expect(saved.review?.dropped.map((d) => [d.text, d.before])).toEqual([['打印本页 关闭窗口', 5]])
  expect(saved.review?.changes).toEqual([])
  expect(saved.review?.guesses).toHaveLength(2)
})

test('导入检查 says so when there is nothing to review, and when the document was not imported', async ({ app }) => {
  const { page } = app
  const bundle = imported()
  await openBundle(app, { ...bundle, review: { ...bundle.review!, dropped: [], guesses: [], changes: [] } })
  await page.getByRole('tab', { name: '导入检查' }).click()
  await expect(panel(page).getByTestId('review-empty')).toContainText('没有需要检查的内容')
  await page.screenshot({ path: 'test-results/screens/review-empty.png' })
  await page.keyboard.press('Control+n')
  await page.getByRole('tab', { name: '导入检查' }).click()
  await expect(panel(page)).toContainText('不是从草稿导入的')
})
