import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { unzipSync } from 'fflate'
import { test, expect } from '../harness/fixtures'
import { drawnPng } from '../support/drawn-png'
import { readBanxin } from '../../src/core/file/banxin-file'
import { blockText } from '../../src/core/model/text'
import { readPdf } from '../../test/pdf/read-pdf'
import { blocks, body, textOf } from '../editor/helpers'

/**
 * A reporter's Word draft, written for this test: a 引题 line, a title, the byline (本报记者 … 通讯员 …) as a
 * plain line, two sections under Heading 2, 数字化 four times.
 */
async function draftDocx(): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] })
  const doc = new Document({
    sections: [
      {
        children: [
          p('山里的年轻人回来了'),
          new Paragraph({ text: '溪口村的数字化展销中心开张', heading: HeadingLevel.TITLE }),
          p('本报记者 林晓川 通讯员 周明'),
          p('今年春天，溪口村把闲置的村小学改成了数字化展销中心，山里的笋干和茶叶从这里卖到全国。'),
          new Paragraph({ text: '搭起销售平台', heading: HeadingLevel.HEADING_2 }),
          p('展销中心设有直播间两间，每天开播四小时，村里的年轻人轮流上阵。'),
          p('数字化的订单系统把每一笔货款直接打到农户账上。'),
          new Paragraph({ text: '让山货走出大山', heading: HeadingLevel.HEADING_2 }),
          p('去年全村山货销售额比前年翻了一番，数字化让老人也学会了看订单。'),
          p('村支书说，下一步要把数字化冷链仓库建起来。'),
        ],
      },
    ],
  })
  return Buffer.from(await Packer.toBuffer(doc))
}

/** A 480 × 270 photo: a green field under a pale sky. */
const photo = async (page: Page) =>
  Buffer.from(
    await drawnPng(page, 480, 270, [
      { fill: '#cfe3f2', x: 0, y: 0, width: 480, height: 120 },
      { fill: '#3f7a3a', x: 0, y: 120, width: 480, height: 150 },
    ]),
    'base64',
  )

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/day-${name}.png` })

/** The print preview's first page: how far its left edge can be scrolled to, and how far the pane scrolls across. */
const printPane = (page: Page) =>
  page.getByTestId('print-pages').evaluate((pane) => {
    const img = pane.querySelector('img')!
    return { leftGap: img.getBoundingClientRect().left - pane.getBoundingClientRect().left + pane.scrollLeft, pageWidth: img.getBoundingClientRect().width, paneWidth: pane.clientWidth, scrollableX: pane.scrollWidth - pane.clientWidth }
  })

/** The portal page's body text size as drawn on screen. */
const portalTextPx = (page: Page) =>
  page.getByTestId('portal-frame').evaluate((frame: HTMLIFrameElement) => {
    const scale = frame.getBoundingClientRect().width / frame.offsetWidth
    const p = frame.contentDocument!.querySelector('.article-body p')!
    return parseFloat(getComputedStyle(p).fontSize) * scale
  })

test('a newsroom day: open a Word draft, headings from a template, a photo with its captions, find and replace and undo, both previews, PDF and HTML package, close with 保存 and reopen from 最近打开', async ({ app }) => {
  test.setTimeout(240_000)
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-day-'))

  // 1. Open the .docx draft; in 导入检查 confirm the 作者 import read from the byline (本报记者 … 通讯员 …, never
  // a 主题 or 副题) and fix one guess (the first paragraph is body text, not a 导语); its Heading 2 lines become
  // section headings; apply a template to all of them.
  const draft = join(dir, '展销中心.docx')
  writeFileSync(draft, await draftDocx())
  await page.locator('[data-command="open"]').waitFor()
  app.dialogs.openPaths.push(draft)
  await page.keyboard.press('Control+o')
  const title = page.locator('[data-field="title"]')
  await expect(title).toHaveValue('溪口村的数字化展销中心开张')
  await page.getByRole('tab', { name: '导入检查' }).click()
  const review = page.getByTestId('review-panel')
  const byline = review.getByTestId('review-guess').filter({ hasText: '林晓川' })
  // An unsure guess is listed first; a sure one is folded under 其他识别结果.
  if (!(await byline.isVisible())) await review.getByText(/其他识别结果/).click()
  await shot(page, '1-review')
  await expect(page.locator('[data-field="author"]')).toHaveValue('林晓川 周明')
  await byline.getByRole('button', { name: '确认' }).click()
  await expect(page.locator('[data-field="subtitle"]')).toHaveValue('')
  await expect(page.locator('[data-field="kicker"]')).toHaveValue('山里的年轻人回来了')
  await expect(byline).toHaveCount(0)
  expect(await textOf(body(page))).not.toContain('林晓川')
  // Import read the first paragraph as the 导语; this story has none: give it back to the body.
  const lead = review.getByTestId('review-guess').filter({ hasText: '今年春天' })
  if (!(await lead.isVisible())) await review.getByText(/其他识别结果/).click()
  await expect(blocks(page).nth(0)).toHaveClass(/bx-role-lead/)
  await lead.getByLabel('改为').selectOption({ label: '正文' })
  await expect(blocks(page).nth(0)).toHaveClass(/bx-role-body/)
  await expect(blocks(page).nth(0)).toHaveText(/^今年春天，溪口村/)
  await expect(lead).toHaveCount(0)
  await shot(page, '1-review-fixed')
  const headings = body(page).locator('.bx-section-heading')
  await expect(headings).toHaveCount(2)
  await expect(headings.nth(0)).toContainText('搭起销售平台')
  await expect(headings.nth(1)).toContainText('让山货走出大山')
  await page.getByRole('tab', { name: '插题样式', exact: true }).click()
  await page.getByRole('button', { name: '左线：应用到全部插题' }).click()
  await expect(headings.nth(0)).toHaveClass(/bx-layout-/)
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  await expect(portal.locator('h2').first()).toHaveAttribute('style', /border-left/)
  await shot(page, '1-draft-template')

  // 2. A photo after the first body paragraph, then its caption, credit and alt text typed in turn.
  await blocks(page).nth(0).click()
  await page.keyboard.press('End')
  const picture = join(dir, '展销中心.png')
  writeFileSync(picture, await photo(page))
  app.dialogs.imagePaths.push([picture])
  await page.getByRole('button', { name: '插入图片' }).click()
  const figure = page.locator('.bx-image')
  await expect(figure.locator('img')).toBeVisible()
  for (const [label, typed] of [
    ['图注', '溪口村数字化展销中心的直播间'],
    ['署名', '记者 林晓川 摄'],
    ['替代文字', '蓝天下的绿色田野'],
  ] as const) {
    await figure.getByLabel(label).click()
    await page.keyboard.type(typed)
    await expect(figure.getByLabel(label)).toHaveValue(typed)
  }
  await expect(portal.getByText('溪口村数字化展销中心的直播间')).toBeVisible()
  await shot(page, '2-photo')

  // 3. Replace 数字化 everywhere (body and caption), then Ctrl+Z in the find bar undoes it all.
  await blocks(page).nth(0).click()
  await page.keyboard.press('Control+h')
  await page.getByLabel('查找内容').fill('数字化')
  await expect(page.getByTestId('find-status')).toHaveText('共 4 处')
  await page.getByLabel('替换为').fill('智慧')
  await page.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByTestId('find-status')).toHaveText('已替换 5 处')
  await expect(figure.getByLabel('图注')).toHaveValue('溪口村智慧展销中心的直播间')
  await shot(page, '3-replaced')
  await page.keyboard.press('Control+z')
  await expect(figure.getByLabel('图注')).toHaveValue('溪口村数字化展销中心的直播间')
  await expect(page.getByLabel('替换为'), 'the box keeps what was typed').toHaveValue('智慧')
  await expect(page.getByTestId('find-status')).not.toHaveText(/已替换/)
  expect(await textOf(body(page))).not.toContain('智慧')
  await page.getByLabel('查找内容').press('Escape')

  // 4. Both previews, at their default sizes and at 150%.
  await expect(portal.locator('.article-body')).toContainText('数字化的订单系统')
  expect(await portalTextPx(page), '门户预览 opens readable').toBeGreaterThanOrEqual(12)
  await shot(page, '4-portal-default')
  const portalZoom = page.getByTestId('portal-stage').locator('..').getByLabel('缩放', { exact: true })
  await portalZoom.selectOption({ label: '150%' })
  expect(await portalTextPx(page)).toBeGreaterThanOrEqual(18)
  await shot(page, '4-portal-150')
  await page.getByRole('tab', { name: '印刷预览' }).click()
  await expect(page.getByTestId('print-page-count')).toHaveText(/共 \d+ 页/, { timeout: 30_000 })
  const printZoom = page.getByLabel('缩放', { exact: true })
  await expect(printZoom).toHaveValue(/fit-width/)
  const fit = await printPane(page)
  expect(fit.scrollableX, '适合宽度 needs no horizontal scroll').toBe(0)
  await shot(page, '4-print-default')
  await printZoom.selectOption({ label: '150%' })
  const zoomed = await printPane(page)
  expect(zoomed.leftGap, 'the left of the page can be scrolled to').toBeGreaterThanOrEqual(0)
  expect(zoomed.scrollableX, 'and its right').toBeGreaterThanOrEqual(zoomed.pageWidth + zoomed.leftGap - zoomed.paneWidth)
  await shot(page, '4-print-150')

  // 5. Export a PDF and an HTML package.
  const pdf = join(dir, '展销中心.pdf')
  app.dialogs.exportPaths.push(pdf)
  await page.getByRole('button', { name: '导出 PDF' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible({ timeout: 60_000 })
  await shot(page, '5-pdf')
  await dialog.getByRole('button', { name: '完成' }).click()
  const printed = (await readPdf(pdf)).pages.flatMap((p) => p.glyphs.map((g) => g.text)).join('')
  for (const text of ['溪口村的数字化展销中心开张', '搭起销售平台', '溪口村数字化展销中心的直播间', '村支书说']) expect(printed).toContain(text)
  const zip = join(dir, '展销中心.zip')
  app.dialogs.exportPaths.push(zip)
  await page.getByRole('button', { name: '导出网页包' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible({ timeout: 30_000 })
  await page.getByRole('dialog').getByRole('button', { name: '完成' }).click()
  const files = unzipSync(new Uint8Array(readFileSync(zip)))
  const content = new TextDecoder().decode(files['content.html'])
  expect(content).toContain('溪口村数字化展销中心的直播间')
  expect(content).toMatch(/<img src="images\/01\.png" alt="蓝天下的绿色田野"/)
  expect(Object.keys(files)).toContain('images/01.png')

  // 6. Close the tab with unsaved changes, choose 保存 (a draft has no file yet: Save As), reopen from 最近打开.
  const saved = join(dir, '展销中心.banxin')
  app.dialogs.saveChoices.push('save')
  app.dialogs.savePaths.push(saved)
  const closers = page.getByRole('button', { name: /^关闭 / })
  const open = await closers.count()
  await page.getByRole('button', { name: /^关闭 .*展销中心/ }).click()
  await expect(closers).toHaveCount(open - 1)
  expect(app.dialogs.askedToSave.at(-1)).toMatch(/展销中心/)
  const file = readBanxin(new Uint8Array(readFileSync(saved)))
  expect(file.article.meta.title).toBe('溪口村的数字化展销中心开张')
  expect(file.article.meta.author).toMatch(/林晓川/)
  expect(file.review?.guesses.map((g) => g.text).join()).not.toContain('林晓川')
  expect(file.article.blocks[0]).not.toHaveProperty('role')
  expect(file.article.blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'section-heading', 'paragraph', 'paragraph', 'section-heading', 'paragraph', 'paragraph'])
  expect(file.article.blocks[1]).toMatchObject({ caption: '溪口村数字化展销中心的直播间', credit: '记者 林晓川 摄', alt: '蓝天下的绿色田野' })
  expect(file.article.blocks.map(blockText).join('')).not.toContain('智慧')
  for (let left = open - 1; left > 0; left--) {
    app.dialogs.saveChoices.push('discard')
    await closers.first().click()
    await expect(closers).toHaveCount(left - 1)
  }
  const recent = page.getByRole('region', { name: '最近打开' })
  await expect(recent.getByRole('button', { name: /展销中心\.banxin/ })).toBeVisible()
  await shot(page, '6-recent')
  await recent.getByRole('button', { name: /展销中心\.banxin/ }).click()
  await expect(title).toHaveValue('溪口村的数字化展销中心开张')
  await expect(page.locator('.bx-image').getByLabel('图注')).toHaveValue('溪口村数字化展销中心的直播间')
  await expect(page.getByTestId('status-saved')).toHaveText('已保存')
  await shot(page, '6-reopened')
})
