import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { test, expect } from '../harness/fixtures'
import type { HarnessApp } from '../harness/app'
import { readPageFile } from '../../src/core/page/page-file'
import type { GridRect, PageDocument } from '../../src/core/page/page'
import { frontPage, story, writeArticle, writePage } from './page-files'

const SCREENS = 'test-results/screens'

/** Opens a page file the way a user does: Ctrl+O and the file chosen in the (fake) dialog. */
async function openPage(app: HarnessApp, path: string): Promise<void> {
  await app.page.locator('[data-command="open"]').waitFor()
  app.dialogs.openPaths.push(path)
  await app.page.keyboard.press('Control+o')
  await expect(app.page.getByTestId('page-view')).toBeVisible()
}

/** Saves with Ctrl+S (to the file it came from, or to `target`) and reads the page document back. */
async function saved(app: HarnessApp, path: string): Promise<PageDocument> {
  app.dialogs.savePaths.push(path)
  // A person's pause: Save reads the document from the app's last render.
  await app.page.waitForTimeout(150)
  await app.page.keyboard.press('Control+s')
  await app.page.getByTestId('status-saved').filter({ hasText: '已保存' }).waitFor()
  return readPageFile(new Uint8Array(readFileSync(path))).page
}

const rectOf = (doc: PageDocument, id: string): GridRect => {
  const f = doc.pages.flatMap((p) => p.frames).find((x) => x.id === id)!
  return { column: f.column, columns: f.columns, row: f.row, rows: f.rows }
}

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not on screen')
  return b
}

/** Drags with the mouse from the middle of `from` by (dx, dy) px, in steps as a hand moves. */
async function drag(app: HarnessApp, from: Locator, dx: number, dy: number): Promise<void> {
  const b = await box(from)
  const x = b.x + b.width / 2
  const y = b.y + b.height / 2
  await app.page.mouse.move(x, y)
  await app.page.mouse.down()
  await app.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 })
  await app.page.mouse.move(x + dx, y + dy, { steps: 4 })
  await app.page.mouse.up()
}

test('版面: drag a frame a column over, resize it by its handle (the story no longer fits: overset shown), undo both, with the page document checked at each step', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-page-'))
  const path = writePage(dir, '一版.banxin', frontPage())
  await openPage(app, path)
  const frame = page.locator('[data-frame="f3"]')
  await expect(frame).toHaveAccessibleName(/版框「河川新区重点项目集中开工」，第 1–3 栏，第 31–61 行/)
  // The page as the PDF draws it, under the grid: every story fits.
  await expect(page.getByRole('img', { name: '第 1 版' })).toBeVisible()
  await expect(page.getByTestId('overset-list-empty')).toBeVisible()
  await expect(page.getByTestId('overset-marker')).toHaveCount(0)
  await page.screenshot({ path: `${SCREENS}/page-1-opened.png` })

  // One column's travel on screen: the distance between the 头条's left edge and its neighbour's, over 4 columns.
  const column = ((await box(page.locator('[data-frame="f2"]'))).x - (await box(page.locator('[data-frame="f1"]'))).x) / 4
  const row = (await box(frame)).height / 31

  await drag(app, frame, column, 0)
  await expect(frame).toHaveAccessibleName(/第 2–4 栏，第 31–61 行/)
  await page.screenshot({ path: `${SCREENS}/page-2-dragged.png` })
  expect(rectOf(await saved(app, path), 'f3')).toEqual({ column: 1, columns: 3, row: 30, rows: 31 })

  // The bottom handle, dragged up ten rows.
  await drag(app, frame.locator('[data-handle="s"]'), 0, -10 * row)
  await expect(frame).toHaveAccessibleName(/第 2–4 栏，第 31–51 行/)
  // Ten rows shorter, the story no longer fits: the frame says so, and so does the side panel.
  await expect(frame.getByTestId('overset-marker')).toHaveText(/^溢出 \d+ 行$/)
  await expect(frame).toHaveAccessibleName(/，溢出 \d+ 行/)
  await expect(page.getByTestId('overset-list')).toContainText('第 1 版「河川新区重点项目集中开工」')
  await page.screenshot({ path: `${SCREENS}/page-3-resized.png` })
  expect(rectOf(await saved(app, path), 'f3')).toEqual({ column: 1, columns: 3, row: 30, rows: 21 })

  await page.getByRole('button', { name: '撤销' }).click()
  await expect(frame).toHaveAccessibleName(/第 2–4 栏，第 31–61 行/)
  await expect(page.getByTestId('overset-marker')).toHaveCount(0)
  await expect(page.getByTestId('overset-list-empty')).toBeVisible()
  expect(rectOf(await saved(app, path), 'f3')).toEqual({ column: 1, columns: 3, row: 30, rows: 31 })
  await page.keyboard.press('Control+z')
  await expect(frame).toHaveAccessibleName(/第 1–3 栏，第 31–61 行/)
  await page.screenshot({ path: `${SCREENS}/page-4-undone.png` })
  expect(await saved(app, path)).toEqual(frontPage().page)

  await page.keyboard.press('Control+y')
  expect(rectOf(await saved(app, path), 'f3')).toEqual({ column: 1, columns: 3, row: 30, rows: 31 })
})

test('版面 by keyboard: arrows nudge the frame by a column or a line, Shift+arrows resize, Delete removes, all undoable', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-page-'))
  const path = writePage(dir, '一版.banxin', frontPage())
  await openPage(app, path)
  const frame = page.locator('[data-frame="f3"]')
  await frame.focus()
  await page.keyboard.press('ArrowRight')
  // At the foot of the page a frame cannot go lower; shortened by two lines, it can go one down.
  await page.keyboard.press('ArrowDown')
  await expect(frame).toHaveAccessibleName(/第 2–4 栏，第 31–61 行/)
  await page.keyboard.press('Shift+ArrowUp')
  await page.keyboard.press('Shift+ArrowUp')
  await page.keyboard.press('ArrowDown')
  await expect(frame).toHaveAccessibleName(/第 2–4 栏，第 32–60 行/)
  await expect(frame).toBeFocused()
  // The grid's edge stops a frame: it cannot go past the last column.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
  await expect(frame).toHaveAccessibleName(/第 4–6 栏/)
  await page.keyboard.press('Delete')
  await expect(frame).toHaveCount(0)
  await expect(page.getByTestId('page-articles').locator('li', { hasText: '河川新区重点项目集中开工' })).toContainText('未上版')
  for (let i = 0; i < 10; i++) await page.keyboard.press('Control+z')
  expect(await saved(app, path)).toEqual(frontPage().page)
})

test('版头 fields: typing in one is one undo step, an empty 版名 is refused in place, the lunar date follows the date', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-page-'))
  const path = writePage(dir, '一版.banxin', frontPage())
  await openPage(app, path)
  const name = page.getByLabel('版名', { exact: true })
  await name.fill('')
  await expect(page.getByRole('alert').filter({ hasText: '版名不能为空' })).toBeVisible()
  await name.pressSequentially('要闻综合')
  await page.getByLabel('美术编辑').pressSequentially('李安')
  await page.getByLabel('出版日期').fill('2025-06-01')
  await expect(page.getByText('农历乙巳年五月初六')).toBeVisible()
  await page.screenshot({ path: `${SCREENS}/page-5-head.png` })
  const edited = await saved(app, path)
  expect([edited.pages[0]!.name, edited.pages[0]!.designer, edited.date]).toEqual(['要闻综合', '李安', '2025-06-01'])
  await page.getByRole('button', { name: '撤销' }).click()
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(name).toHaveValue('要闻综合')
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(name).toHaveValue('要闻')
})

test('新建版面 from the welcome screen: 对开, 版头 filled in, articles and a draft added each in a frame of their own; saved and reopened', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-page-'))
  // A first start opens the example article; closing it shows the welcome screen.
  await page.getByRole('button', { name: '关闭 示例文章.banxin' }).click()
  await page.getByTestId('welcome').getByRole('button', { name: '新建版面…' }).click()
  const dialog = page.getByRole('dialog', { name: '新建版面' })
  await dialog.getByLabel('对开（八栏）').check()
  await dialog.getByLabel('报名').fill('河川日报')
  await dialog.getByLabel('出版日期').fill('2025-05-01')
  await dialog.getByLabel('版次').fill('3')
  await dialog.getByLabel('版名').fill('经济')
  await page.screenshot({ path: `${SCREENS}/page-6-new-dialog.png` })
  await dialog.getByRole('button', { name: '创建' }).click()
  await expect(page.getByTestId('page-view')).toBeVisible()
  await expect(page.locator('.bx-guide-label')).toHaveText('版头')

  const draft = join(dir, '来稿.txt')
  const { writeFileSync } = await import('node:fs')
  writeFileSync(draft, '工业园区新增就业岗位\n\n今年以来，工业园区新增就业岗位两千余个。\n')
  app.dialogs.articlePaths.push([writeArticle(dir, '甲.banxin', story('港口吞吐量稳步增长', 6)), draft])
  await page.getByRole('toolbar', { name: '版面工具' }).getByRole('button', { name: '添加稿件…' }).click()
  await expect(page.locator('[data-frame]')).toHaveCount(2)
  await expect(page.locator('[data-frame="f1"]')).toHaveAccessibleName(/港口吞吐量稳步增长/)
  await expect(page.locator('[data-frame="f2"]')).toHaveAccessibleName(/工业园区新增就业岗位/)
  await page.screenshot({ path: `${SCREENS}/page-7-new-with-articles.png` })

  const target = join(dir, '三版.banxin')
  const doc = await saved(app, target)
  expect(doc.preset).toBe('duikai')
  expect(doc.pages.map((p) => [p.number, p.name, p.masthead])).toEqual([[3, '经济', undefined]])
  expect(Object.values(doc.articles).map((a) => a.meta.title)).toEqual(['港口吞吐量稳步增长', '工业园区新增就业岗位'])
  expect(doc.pages[0]!.frames.map((f) => f.headline.weight)).toEqual([1, 3])

  await page.getByRole('button', { name: '关闭 三版.banxin' }).click()
  await page.getByTestId('welcome').getByRole('button', { name: /三版\.banxin/ }).click()
  await expect(page.locator('[data-frame]')).toHaveCount(2)
})

test("导出 PDF of a page file: its own page preset, 印前检查 names the frame that does not fit, one PDF page per 版 with a TrimBox", async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-page-'))
  const tight = frontPage()
  tight.page.pages[0]!.frames[2]!.rows = 21
  await openPage(app, writePage(dir, '一版.banxin', tight))
  await expect(page.getByTestId('overset-marker')).toHaveText(/^溢出 \d+ 行$/)
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: '导出 PDF' })
  await expect(dialog).toContainText('四开（六栏）（版面自带，每版一页）')
  await expect(dialog.getByTestId('preflight')).toContainText(/1 个错误/)
  await expect(dialog.getByTestId('preflight')).toContainText(/错误：第1版「河川新区重点项目集中开工」：有 \d+ 行排不下/)
  await page.screenshot({ path: `${SCREENS}/page-8-export.png` })
  const target = join(dir, '一版.pdf')
  app.dialogs.exportPaths.push(target)
  await dialog.getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('export-done')).toContainText('排不下')
  const info = execFileSync('pdfinfo', ['-box', target], { encoding: 'utf8' })
  expect(info).toMatch(/^Pages:\s+1$/m)
  expect(info).toMatch(/^TrimBox:/m)
  expect(info).toMatch(/^Title:\s+河川日报 2025-05-01 第1版$/m)
})

test('自动排版: a page with a story that does not fit is drafted again with every story on it and nothing overset, in one undo step', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-page-'))
  const tight = frontPage()
  tight.page.pages[0]!.frames[2]!.rows = 12
  const path = writePage(dir, '一版.banxin', tight)
  await openPage(app, path)
  await expect(page.getByTestId('overset-marker')).toHaveCount(1)
  await page.screenshot({ path: `${SCREENS}/page-9-before-auto.png` })
  await page.getByRole('toolbar', { name: '版面工具' }).getByRole('button', { name: '自动排版' }).click()
  await expect(page.getByText('已自动排版')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('overset-list-empty')).toBeVisible()
  await expect(page.getByTestId('overset-marker')).toHaveCount(0)
  await expect(page.locator('[data-frame]')).toHaveCount(4)
  await page.screenshot({ path: `${SCREENS}/page-10-auto.png` })
  const drafted = await saved(app, path)
  const frames = drafted.pages[0]!.frames
  expect(frames.map((f) => f.article).sort()).toEqual(['lead', 'second', 'short', 'side'])
  expect(frames.find((f) => f.headline.weight === 1)!.article).toBe('lead')

  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('overset-marker')).toHaveCount(1)
  expect(await saved(app, path)).toEqual(tight.page)
})

test('a frame’s headline set as 竖题 and its span changed, stories swapped, another frame made 头条, a frame removed and its story placed again; all undone', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-page-'))
  const path = writePage(dir, '一版.banxin', frontPage())
  await openPage(app, path)
  const side = page.getByRole('complementary', { name: '版面属性' })
  const frameOf = (id: string) => (doc: PageDocument) => doc.pages[0]!.frames.find((f) => f.id === id)!

  await page.locator('[data-frame="f2"]').focus()
  await side.getByRole('group', { name: '标题方向' }).getByRole('button', { name: '竖题' }).click()
  await expect(side.getByRole('group', { name: '竖题位置' })).toBeVisible()
  await page.locator('[data-frame="f1"]').focus()
  await side.getByLabel('标题跨栏').fill('3')
  await expect(page.locator('.bx-busy')).toHaveCount(0)
  await page.screenshot({ path: `${SCREENS}/page-11-headlines.png` })
  let doc = await saved(app, path)
  expect(frameOf('f2')(doc).headline).toMatchObject({ direction: 'vertical', columns: 1 })
  expect(frameOf('f1')(doc).headline).toMatchObject({ direction: 'across', columns: 3 })

  await page.locator('[data-frame="f3"]').focus()
  await side.getByLabel('与另一版框交换稿件').selectOption({ label: '图书馆延长开放时间' })
  await expect(page.locator('[data-frame="f3"]')).toHaveAccessibleName(/版框「图书馆延长开放时间」/)
  await side.getByRole('button', { name: '设为头条' }).click()
  doc = await saved(app, path)
  expect([frameOf('f3')(doc).article, frameOf('f4')(doc).article]).toEqual(['short', 'second'])
  expect([frameOf('f3')(doc).headline.weight, frameOf('f1')(doc).headline.weight]).toEqual([1, 2])
  await page.screenshot({ path: `${SCREENS}/page-12-swapped-lead.png` })

  await page.locator('[data-frame="f4"]').focus()
  await page.getByRole('toolbar', { name: '版面工具' }).getByRole('button', { name: '删除版框' }).click()
  await expect(page.locator('[data-frame]')).toHaveCount(3)
  const unplaced = page.getByTestId('page-articles').locator('li', { hasText: '河川新区重点项目集中开工' })
  await expect(unplaced).toContainText('未上版')
  await unplaced.getByRole('button', { name: '放上版面' }).click()
  await expect(page.locator('[data-frame]')).toHaveCount(4)
  await expect(unplaced).not.toContainText('未上版')
  await expect(page.locator('.bx-busy')).toHaveCount(0)
  await page.screenshot({ path: `${SCREENS}/page-13-placed-again.png` })

  // Six steps: 竖题, span, swap, 头条, removal, placing.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled()
  expect(await saved(app, path)).toEqual(frontPage().page)
})
