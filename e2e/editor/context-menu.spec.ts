import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import type { HarnessApp } from '../harness/app'
import type { ContextMenu } from '../../src/core/ipc/contract'
import { article, paragraph } from '../../src/core/model/build'
import { blocks, caretIn, openArticle, saveAndRead, textOf } from './helpers'

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const open = (app: HarnessApp) =>
  openArticle(
    app,
    article({ title: '右键' }, [
      paragraph('第一段有几个字。'),
      { type: 'paragraph', children: [{ text: '加粗', bold: true }, { text: '的第二段。' }] },
      paragraph('第三段。'),
    ]),
  )

/** The labels of a menu as the user sees them, disabled ones marked, submenus by their label. */
const labels = (menu: ContextMenu | undefined) =>
  (menu ?? []).map((i) => ('type' in i ? '—' : 'submenu' in i ? `${i.label} ▸` : i.enabled === false ? `(${i.label})` : i.label))

/** Right-clicks `locator` and picks `choice` from the menu main shows (null: dismisses it). */
async function rightClick(app: HarnessApp, locator: ReturnType<HarnessApp['page']['locator']>, choice: string | null): Promise<ContextMenu> {
  const before = app.dialogs.contextMenus.length
  app.dialogs.menuChoices.push(choice)
  await locator.click({ button: 'right' })
  await expect.poll(() => app.dialogs.contextMenus.length).toBe(before + 1)
  return app.dialogs.contextMenus[before]!
}

/** Selects the text of a paragraph from its start to its end, as a drag with the mouse would. */
async function selectAll(app: HarnessApp, index: number): Promise<void> {
  await caretIn(blocks(app.page).nth(index), 'start')
  await app.page.keyboard.press('Shift+End')
  await app.page.waitForTimeout(150)
}

test('right-click in the text offers 剪切/复制/粘贴/粘贴为纯文本, 段落样式, 插入图片 and 查找替换; 复制 and 粘贴 really use the clipboard', async ({ app }) => {
  const { page } = app
  const path = await open(app)
  await caretIn(blocks(page).nth(2))
  const plain = await rightClick(app, blocks(page).nth(2), null)
  expect(labels(plain)).toEqual(['(剪切)', '(复制)', '粘贴', '粘贴为纯文本', '—', '段落样式 ▸', '—', '插入图片…', '查找替换…'])
  const styles = plain.find((i) => 'submenu' in i)
  expect(styles && 'submenu' in styles && styles.submenu.filter((s) => 'checked' in s && s.checked).map((s) => ('label' in s ? s.label : '')), 'the current style is ticked').toEqual(['正文'])

  await selectAll(app, 0)
  const selected = await rightClick(app, blocks(page).nth(0), 'copy')
  expect(labels(selected).slice(0, 2), 'with text selected 剪切 and 复制 are enabled').toEqual(['剪切', '复制'])
  await expect.poll(() => app.dialogs.editCommands, 'the menu choice reaches main as an edit command').toEqual(['copy'])
  await caretIn(blocks(page).nth(2))
  await rightClick(app, blocks(page).nth(2), 'paste')
  await expect.poll(() => textOf(blocks(page).nth(2))).toBe('第三段。第一段有几个字。')

  await selectAll(app, 0)
  await rightClick(app, blocks(page).nth(0), 'cut')
  await expect.poll(() => textOf(blocks(page).nth(0))).toBe('')
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map((b) => (b.type === 'paragraph' ? b.children.map((c) => c.text).join('') : b.type))).toEqual(['', '加粗的第二段。', '第三段。第一段有几个字。'])
})

test('粘贴为纯文本 drops the formatting a plain 粘贴 keeps', async ({ app }) => {
  const { page } = app
  const path = await open(app)
  await selectAll(app, 1)
  await rightClick(app, blocks(page).nth(1), 'copy')
  await caretIn(blocks(page).nth(2))
  await rightClick(app, blocks(page).nth(2), 'paste')
  await expect.poll(() => textOf(blocks(page).nth(2))).toBe('第三段。加粗的第二段。')
  await page.keyboard.press('End')
  await rightClick(app, blocks(page).nth(2), 'pasteAsText')
  await expect.poll(() => textOf(blocks(page).nth(2))).toBe('第三段。加粗的第二段。加粗的第二段。')
  const saved = await saveAndRead(app, path)
  const third = saved.article.blocks[2]!
  expect(third.type === 'paragraph' && third.children.filter((c) => c.bold).map((c) => c.text), 'only the plain 粘贴 kept 加粗 bold').toEqual(['加粗'])
})

test('段落样式 in the right-click menu restyles the paragraph; 查找替换 opens the find bar; 插入图片 asks for a picture', async ({ app }) => {
  const { page } = app
  const path = await open(app)
  await caretIn(blocks(page).nth(0))
  await rightClick(app, blocks(page).nth(0), 'style:lead')
  await expect(page.getByLabel('段落样式')).toHaveValue('lead')

  await rightClick(app, blocks(page).nth(0), 'find')
  await expect(page.getByRole('search')).toBeVisible()

  const picture = join(mkdtempSync(join(tmpdir(), 'banxin-menu-')), '现场.png')
  writeFileSync(picture, Buffer.from(PNG_1x1, 'base64'))
  app.dialogs.imagePaths.push([picture])
  await caretIn(blocks(page).nth(0))
  await rightClick(app, blocks(page).nth(0), 'insertImage')
  await expect(page.locator('.bx-image img')).toBeVisible()
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map((b) => (b.type === 'paragraph' ? (b.role ?? 'body') : b.type))).toEqual(['lead', 'image', 'body', 'body'])
  const image = saved.article.blocks[1]!
  expect(image.type === 'image' && saved.article.assets[image.asset]).toMatchObject({ name: '现场.png', mime: 'image/png' })
})

test('right-click on an image offers 图片属性 and 删除图片, and in its caption only the clipboard', async ({ app }) => {
  const { page } = app
  const path = await open(app)
  const picture = join(mkdtempSync(join(tmpdir(), 'banxin-menu-')), '现场.png')
  writeFileSync(picture, Buffer.from(PNG_1x1, 'base64'))
  app.dialogs.imagePaths.push([picture])
  await caretIn(blocks(page).nth(0))
  await page.getByRole('button', { name: '插入图片' }).click()
  const figure = page.locator('.bx-image')
  await expect(figure.locator('img')).toBeVisible()

  const inCaption = await rightClick(app, figure.getByLabel('图注'), null)
  expect(labels(inCaption)).toEqual(['(剪切)', '(复制)', '粘贴', '粘贴为纯文本'])

  const onImage = await rightClick(app, figure.locator('img'), 'deleteImage')
  expect(labels(onImage)).toEqual(['剪切', '复制', '粘贴', '粘贴为纯文本', '—', '插入图片…', '查找替换…', '—', '图片属性…', '删除图片'])
  await expect(figure).toHaveCount(0)
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
})
