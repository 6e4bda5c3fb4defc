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
      { text: '清溪县人民政府办公室', kind: 'chrome', reason: '网站页脚', before: 3 },
      { text: '打印本页 关闭窗口', kind: 'chrome', reason: '网站工具栏', before: 4 },
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

/** A county government's 通知 as its portal page shows it, written for this test: chrome around a 公文. */
const NOTICE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>关于做好秋季森林防火工作的通知</title></head><body>
<div class="top">用户登录 繁体 无障碍 长者模式</div>
<div class="nav">首页 | 政务公开 | 办事服务 | 互动交流</div>
<div class="crumb">当前位置：首页 > 政务公开 > 通知公告</div>
<h1>关于做好秋季森林防火工作的通知</h1>
<h2>清溪县人民政府办公室文件</h2>
<div class="info">发布时间：2025-09-01 10:30 来源：县政府办公室 【字体：大 中 小】 打印本页</div>
<div class="content">
<p>各乡镇人民政府，县直各单位：</p>
<p>为切实做好今年秋季森林防火工作，保护森林资源和人民群众生命财产安全，现将有关事项通知如下。</p>
<p>一、加强巡查值守</p>
<p>各乡镇要落实专人巡查，重点林区每日巡护不少于两次，发现火情立即报告。</p>
<p>附件：秋季森林防火重点区域名单</p>
<p>清溪县人民政府办公室</p>
<p>2025年9月1日</p>
</div>
<div class="foot">上一篇：关于开展安全生产大检查的通知</div>
<div class="foot">主办：清溪县人民政府 版权所有</div>
</body></html>`

const texts = (page: Page) => blocks(page).allTextContents()
const panel = (page: Page) => page.getByTestId('review-panel')

test('导入检查: restore a dropped line as 落款, give a body line the title, undo both; the list is saved with the file', async ({ app }) => {
  const { page } = app
  const path = await openBundle(app, imported())
  await page.getByRole('tab', { name: '导入检查' }).click()
  await expect(panel(page).getByTestId('review-dropped')).toHaveCount(2)
  await expect(panel(page).getByTestId('review-dropped-kind')).toHaveText([/^页面杂项（2）/])
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
  // Listed by kind under the names `banxin import` counts them by: the old title is no page chrome.
  await expect(panel(page).getByTestId('review-dropped-kind')).toHaveText([/^页面杂项（1）打印本页/, /^被替换的原内容（1）首页 政务公开 办事服务/])
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

test('导入检查 on an imported 公文 page: restore a dropped line, give the left-out 版头 a headline role, undo both', async ({ app }) => {
  const { page } = app
  const draft = join(mkdtempSync(join(tmpdir(), 'banxin-review-')), '防火通知.html')
  writeFileSync(draft, NOTICE_HTML)
  await page.locator('[data-command="open"]').waitFor()
  app.dialogs.openPaths.push(draft)
  await page.keyboard.press('Control+o')
  const title = page.locator('[data-field="title"]')
  const kicker = page.locator('[data-field="kicker"]')
  await expect(page.getByTestId('status-file')).toContainText('防火通知')
  await page.getByRole('tab', { name: '导入检查' }).click()
  const before = { title: await title.inputValue(), kicker: await kicker.inputValue(), blocks: await texts(page) }
  expect(before.blocks.join()).not.toMatch(/打印本页|上一篇|主办|发布时间/)
  expect(before.title).toBe('关于做好秋季森林防火工作的通知')
  expect(before.blocks[0]).toBe('各乡镇人民政府，县直各单位：')
  expect(before.blocks).toContain('清溪县人民政府办公室')
  const footer = panel(page).getByTestId('review-dropped').filter({ hasText: '主办：清溪县人民政府' })
  await expect(footer).toHaveCount(1)
  const dropped = await panel(page).getByTestId('review-dropped').count()
  await page.screenshot({ path: 'test-results/screens/review-gongwen.png' })

  // Restore the site footer line at its place (after the body), as body text.
  await footer.getByRole('button', { name: '恢复为正文' }).click()
  await expect(blocks(page).last()).toHaveText('主办：清溪县人民政府 版权所有')
  await expect(panel(page).getByTestId('review-dropped')).toHaveCount(dropped - 1)

  // The 发文机关标志 the page printed under the <h1> was left out: give it the 引题; the title stays.
  const masthead = panel(page).getByTestId('review-dropped').filter({ hasText: '清溪县人民政府办公室文件' })
  await masthead.getByLabel('恢复为').selectOption({ label: '引题' })
  await expect(kicker).toHaveValue('清溪县人民政府办公室文件')
  await expect(title).toHaveValue('关于做好秋季森林防火工作的通知')
  await page.screenshot({ path: 'test-results/screens/review-gongwen-fixed.png' })

  // Undo both: the 引题 first (toolbar), then the restored line (Ctrl+Z in the text).
  await page.getByRole('button', { name: '撤销', exact: true }).click()
  await expect(title).toHaveValue(before.title)
  await expect(kicker).toHaveValue(before.kicker)
  await blocks(page).nth(0).click()
  await page.keyboard.press('Control+z')
  await expect(blocks(page).last()).not.toHaveText('主办：清溪县人民政府 版权所有')
  expect(await texts(page)).toEqual(before.blocks)
  await expect(panel(page).getByTestId('review-dropped')).toHaveCount(dropped)
})
