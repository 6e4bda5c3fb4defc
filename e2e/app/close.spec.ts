import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import type { HarnessApp } from '../harness/app'
import { readBanxin } from '../../src/core/file/banxin-file'
import { blockText } from '../../src/core/model/text'
import { article, paragraph } from '../../src/core/model/build'
import { blocks, caretIn, openArticle } from '../editor/helpers'

const savedText = (path: string) => readBanxin(new Uint8Array(readFileSync(path))).article.blocks.map(blockText).join('')

/** Opens a saved article and types into it, so it has unsaved changes. */
async function openAndEdit(app: HarnessApp, title: string): Promise<string> {
  const path = await openArticle(app, article({ title }, [paragraph(`${title}的正文。`)]))
  await caretIn(blocks(app.page).nth(0))
  await app.page.keyboard.type('补一句')
  await expect(app.page.getByRole('tab', { name: new RegExp(`● ${title}`) })).toBeVisible()
  return path
}

test('closing a tab with unsaved changes asks 保存 / 不保存 / 取消, as Word does', async ({ app }) => {
  const { page } = app
  const path = await openAndEdit(app, '稿一')
  const close = page.getByRole('button', { name: '关闭 稿一.banxin' })

  app.dialogs.saveChoices.push('cancel')
  await close.click()
  await expect.poll(() => app.dialogs.askedToSave).toEqual(['稿一.banxin'])
  await expect(page.getByRole('tab', { name: /稿一/ }), '取消 keeps the tab').toBeVisible()

  app.dialogs.saveChoices.push('save')
  await close.click()
  await expect(page.getByRole('tab', { name: /稿一/ }), '保存 saves, then closes').toHaveCount(0)
  expect(savedText(path)).toBe('稿一的正文。补一句')

  const other = await openAndEdit(app, '稿二')
  app.dialogs.saveChoices.push('discard')
  await page.getByRole('button', { name: '关闭 稿二.banxin' }).click()
  await expect(page.getByRole('tab', { name: /稿二/ }), '不保存 closes without writing').toHaveCount(0)
  expect(savedText(other)).toBe('稿二的正文。')
})

test('保存 on a new document asks where; cancelling that keeps the tab', async ({ app }) => {
  const { page } = app
  await page.locator('[data-command="new"]').click()
  await page.locator('[data-field="title"]').fill('新稿')
  app.dialogs.saveChoices.push('save')
  app.dialogs.savePaths.push(null)
  await page.getByRole('button', { name: '关闭 未命名.banxin' }).click()
  await expect.poll(() => app.dialogs.askedToSave).toEqual(['未命名.banxin'])
  await expect(page.getByRole('tab', { name: /未命名/ })).toBeVisible()
})

test('closing the window asks about every unsaved tab in turn; 取消 keeps the window open', async ({ app }) => {
  const { page } = app
  const first = await openAndEdit(app, '甲稿')
  const second = await openAndEdit(app, '乙稿')

  app.dialogs.saveChoices.push('save', 'cancel')
  await app.requestClose()
  await expect.poll(() => app.dialogs.askedToSave).toEqual(['甲稿.banxin', '乙稿.banxin'])
  expect(app.closed, '取消 on the second keeps the window').toBe(false)
  expect(savedText(first)).toBe('甲稿的正文。补一句')
  await expect(page.getByRole('tab', { name: '乙稿.banxin', exact: false })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/app-close-asked.png' })

  app.dialogs.saveChoices.push('discard')
  await app.requestClose()
  await expect.poll(() => app.closed).toBe(true)
  expect(savedText(second)).toBe('乙稿的正文。')
})

test('最近打开 lists drafts opened by import, and opens them again', async ({ app }) => {
  const { page } = app
  const dir = mkdtempSync(join(tmpdir(), 'banxin-recent-'))
  const draft = join(dir, '通讯稿.txt')
  writeFileSync(draft, '社区食堂开张了\n\n今天上午，社区食堂正式开张。\n')
  await page.locator('[data-command="open"]').waitFor()
  app.dialogs.openPaths.push(draft)
  await page.keyboard.press('Control+o')
  await expect(page.getByTestId('status-file')).toHaveText('通讯稿.banxin')
  const closers = page.getByRole('button', { name: /^关闭 / })
  for (let open = await closers.count(); open > 0; open--) {
    app.dialogs.saveChoices.push('discard')
    await closers.first().click()
    await expect(closers).toHaveCount(open - 1)
  }
  const recent = page.getByRole('region', { name: '最近打开' })
  await expect(recent.getByRole('button', { name: /通讯稿\.txt/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/app-recent.png' })
  await recent.getByRole('button', { name: /通讯稿\.txt/ }).click()
  await expect(page.locator('[data-field="title"]')).toHaveValue('社区食堂开张了')
})
