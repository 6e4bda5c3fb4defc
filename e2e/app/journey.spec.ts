import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync } from 'fflate'
import { test, expect } from '../harness/fixtures'
import { HarnessApp, typeWithIme } from '../harness/app'
import { hasPdfcheck, pdfcheck } from '../../test/fixtures/typeset/pdf-tools'
import { checkPdf } from '../../test/pdf/check-pdf'
import { GONGWEN_GRID } from '../../test/pdf/gongwen-grid'
import { readPdf } from '../../test/pdf/read-pdf'
import { writeBanxin } from '../../src/core/file/banxin-file'
import { article, paragraph, sectionHeading } from '../../src/core/model/build'

const ROOT = resolve(import.meta.dirname, '../..')
const SAMPLE = resolve(ROOT, '../shared/fixtures/portal-article.txt')
const OWN = resolve(ROOT, 'test/fixtures/import/portal-copy.txt')
const draft = existsSync(SAMPLE) ? SAMPLE : OWN

test('import → previews → typing updates both → 公文 PDF passes the grid check → web package', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-journey-'))

  app.dialogs.openPaths.push(draft)
  await page.locator('[data-command="open"]').click()
  const title = page.locator('[data-field="title"]')
  await expect(title).not.toHaveValue('办好民生实事　绘就幸福底色')
  const headingCount = await page.locator('.bx-section-heading').count()
  expect(headingCount).toBeGreaterThanOrEqual(2)

  // 门户预览 shows the title and the section headings.
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  await expect(portal.locator('h1')).toHaveText((await title.inputValue()).trim())
  const firstHeading = (await page.locator('.bx-heading-main').first().innerText()).trim()
  await expect(portal.getByText(firstHeading).first()).toBeVisible()

  // 印刷预览 shows N pages.
  await page.getByRole('tab', { name: '印刷预览' }).click()
  const count = page.getByTestId('print-page-count')
  await expect(count).toHaveText(/共 \d+ 页/, { timeout: 30_000 })
  const pagesBefore = Number((await count.innerText()).match(/\d+/)![0])

  // A new paragraph appears in both previews.
  await page.locator('.bx-paragraph').last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  const added = '本段是在版心中新输入的内容，用来检查两个预览是否同步更新。'
  await typeWithIme(page, ['benduan'], added.repeat(30))
  await expect(count).not.toHaveText(`共 ${pagesBefore} 页`, { timeout: 30_000 })
  await page.getByRole('tab', { name: '门户预览' }).click()
  await expect(portal.getByText(added).first()).toBeVisible()

  // 导出 PDF with the 公文 preset.
  const pdf = join(dir, 'gongwen.pdf')
  app.dialogs.exportPaths.push(pdf)
  await page.getByRole('button', { name: '导出 PDF' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('版式').selectOption('gongwen')
  // 印前检查 runs for the chosen preset before anything is exported.
  await expect(dialog.getByTestId('preflight')).toContainText(/印前检查：(\d+ 个错误，\d+ 个提醒|没有发现问题)/, { timeout: 60_000 })
  await page.screenshot({ path: 'test-results/screens/app-export-preflight.png' })
  await dialog.getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible({ timeout: 60_000 })
  await page.screenshot({ path: 'test-results/screens/app-export-pdf.png' })
  await expect.poll(() => app.dialogs.shownInFolder, 'the folder is shown after the export (an IPC call that follows the render)').toContain(pdf)
  await dialog.getByRole('button', { name: '完成' }).click()
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
  const report = checkPdf(await readPdf(pdf), { grid: GONGWEN_GRID })
  expect(report.lineStartFaults, '行首禁则').toEqual([])
  expect(report.lineEndFaults, '行尾禁则').toEqual([])
  expect(report.justification.ragged, '两端对齐').toEqual([])
  expect(report.fontFaults).toEqual([])
  expect(report.grid!.fullPages).toBeGreaterThanOrEqual(1)
  expect([...report.grid!.rowFaults, ...report.grid!.cellFaults], '公文网格 22 行，行首在字格上').toEqual([])
  if (hasPdfcheck) {
    // ../shared/tools/pdfcheck's second opinion, where this checkout has it.
    const check = pdfcheck(pdf, '--grid', '22x28')
    expect(check.line_start_violations).toBe(0)
    expect(check.line_end_violations).toBe(0)
    expect(check.grid!.full_pages).toBeGreaterThanOrEqual(1)
    expect(check.grid!.pages_with_expected_lines).toBe(check.grid!.full_pages)
  }

  // 导出网页包.
  const zip = join(dir, 'package.zip')
  app.dialogs.exportPaths.push(zip)
  await page.getByRole('button', { name: '导出网页包' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible({ timeout: 30_000 })
  const files = Object.keys(unzipSync(new Uint8Array(readFileSync(zip))))
  for (const f of ['README.txt', 'fields.txt', 'meta.json', 'content.html', 'content.txt', 'preview.html', 'report/validation.json', 'report/changes.log'])
    expect(files).toContain(f)
})

test('cancelling a long export (300-page book) leaves no file behind', async ({ chromium }) => {
  test.setTimeout(180_000)
  const dir = mkdtempSync(join(tmpdir(), 'banxin-cancel-'))
  const book = join(dir, 'book.banxin')
  const blocks = []
  for (let i = 0; i < 3000; i++) {
    if (i % 50 === 0) blocks.push(sectionHeading(`第${i / 50 + 1}章`, '长篇书稿'))
    blocks.push(paragraph('这是一部很长的书稿中的一段文字，用来检验长时间导出能否随时取消，而且取消后不留下半个文件。'.repeat(3)))
  }
  writeFileSync(book, writeBanxin({ article: article({ title: '三百页的书' }, blocks), assetData: {} }))
  const app = await HarnessApp.launch(chromium, { startupFiles: [book] })
  const { page } = app
  // Opening a 300-page book at start-up (parse, validate, render 3,000 paragraphs while both previews set
  // it) took over the 15 s meant for UI reactions when CI's two workers loaded the machine.
  await expect(page.locator('[data-field="title"]')).toHaveValue('三百页的书', { timeout: 90_000 })
  const out = join(dir, 'out')
  mkdirSync(out)
  app.dialogs.exportPaths.push(join(out, 'book.pdf'))
  await page.getByRole('button', { name: '导出 PDF' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: '导出…' }).click()
  // Typesetting 300 pages takes a second or two before the first page is drawn: cancel inside it.
  await page.getByTestId('export-progress').getByRole('button', { name: '取消' }).click()
  await expect(dialog.getByText('已取消导出，没有写入任何文件。')).toBeVisible({ timeout: 30_000 })
  expect(readdirSync(out)).toEqual([])
  await app.close()
})
