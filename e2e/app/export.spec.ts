import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { test, expect } from '../harness/fixtures'

const PACKAGE_FILES = ['README.txt', 'fields.txt', 'meta.json', 'content.html', 'content.txt', 'preview.html', 'report/validation.json', 'report/changes.log']

test('导出网页包 writes every file the webmaster needs and shows the validation report', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-field="title"]')).toHaveValue(/办好民生实事/)
  const dir = mkdtempSync(join(tmpdir(), 'banxin-pkg-'))
  const target = join(dir, '民生实事.zip')
  app.dialogs.exportPaths.push(target)
  await page.getByRole('button', { name: '导出网页包' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('export-done')).toContainText('0 个错误')
  await page.screenshot({ path: 'test-results/screens/app-export-package.png' })
  const files = Object.keys(unzipSync(new Uint8Array(readFileSync(target))))
  for (const f of PACKAGE_FILES) expect(files, `the package should contain ${f}`).toContain(f)
  expect(readdirSync(dir)).toEqual(['民生实事.zip'])
})

test('导出网页包 to a folder, and 导出纯文本', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-field="title"]')).toHaveValue(/办好民生实事/)
  const dir = mkdtempSync(join(tmpdir(), 'banxin-folder-'))
  app.dialogs.exportPaths.push(join(dir, 'package'))
  await page.getByRole('button', { name: '导出网页包' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('文件夹').check()
  await dialog.getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible({ timeout: 30_000 })
  for (const f of PACKAGE_FILES) expect(existsSync(join(dir, 'package', f)), f).toBe(true)
  await dialog.getByRole('button', { name: '完成' }).click()

  app.dialogs.exportPaths.push(join(dir, 'article.txt'))
  await page.getByRole('button', { name: '导出纯文本' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible()
  const text = readFileSync(join(dir, 'article.txt'), 'utf8')
  expect(text.startsWith('\ufeff')).toBe(true)
  expect(text).toContain('办好民生实事')
  expect(text).toContain('织密服务网络')
})

test('a failed export says why in Chinese and writes nothing', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-field="title"]')).toHaveValue(/办好民生实事/)
  app.dialogs.exportPaths.push('/nonexistent-folder/x.zip')
  await page.getByRole('button', { name: '导出网页包' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '导出…' }).click()
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('导出失败')
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('不存在')
  expect(existsSync('/nonexistent-folder')).toBe(false)
})

test('a draft normalised on import lists every change in the package’s report/changes.log', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: '设置' }).click()
  const settings = page.getByRole('dialog', { name: '设置' })
  await settings.getByLabel(/导入稿件时直接应用全部标点规范/).check()
  await settings.getByRole('button', { name: '保存设置' }).click()
  // The dialog closes once the settings are written; an open before that would import with the old ones.
  await expect(settings).toBeHidden()

  const dir = mkdtempSync(join(tmpdir(), 'banxin-changes-'))
  const draft = join(dir, '养老服务.txt')
  writeFileSync(draft, '河川市新建养老服务站\n\n今年以来,全市新建养老服务站86个,覆盖率达到100 %。\n')
  app.dialogs.openPaths.push(draft)
  await page.keyboard.press('Control+o')
  await expect(page.getByTestId('status-file')).toHaveText(/养老服务/)
  await expect(page.locator('.bx-paragraph').first()).toContainText('今年以来，全市')

  const target = join(dir, '养老服务.zip')
  app.dialogs.exportPaths.push(target)
  await page.getByRole('button', { name: '导出网页包' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '导出…' }).click()
  await expect(page.getByTestId('export-done')).toBeVisible({ timeout: 30_000 })
  const log = strFromU8(unzipSync(new Uint8Array(readFileSync(target)))['report/changes.log']!)
  expect(log).toContain('导入时规范化修改共 3 处')
  expect(log).toContain('第 1 个内容块 第 5 字：「,」→「，」')
  expect(log).toContain('第 1 个内容块 第 27 字：「␣」→「（无）」（删除数字与百分号间的空格）')
})

test('while the export dialog is open, the app’s shortcuts wait: Ctrl+N and Ctrl+O do nothing behind it', async ({ app }) => {
  const { page } = app
  const tabs = page.getByRole('tablist', { name: '打开的文档' }).getByRole('tab')
  await expect(tabs).toHaveCount(1)
  app.dialogs.openPaths.push(null)
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Control+n')
  await page.keyboard.press('Control+o')
  await expect(dialog).toBeVisible()
  await expect(tabs).toHaveCount(1)
  expect(app.dialogs.openPaths, 'no open dialog was shown behind the export dialog').toHaveLength(1)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.keyboard.press('Control+n')
  await expect(tabs).toHaveCount(2)
})
