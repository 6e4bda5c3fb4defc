import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import sharp from 'sharp'
import { test, expect } from '../harness/fixtures'
import { drawnPng } from '../support/drawn-png'
import { pngClaiming } from '../../test/support/png-claims'
import { article, paragraph } from '../../src/core/model/build'
import type { HarnessApp } from '../harness/app'
import { blocks, caretIn, openArticle, saveAndRead } from './helpers'

/** Both image tests start from the same two paragraphs. */
const openTwoParagraphs = (app: HarnessApp) => openArticle(app, article({ title: '图片' }, [paragraph('第一段。'), paragraph('第二段。')]))

/** A 480 × 270 picture of one colour with a white bar, as base64. */
const pngBase64 = (page: Page, color: string) =>
  drawnPng(page, 480, 270, [
    { fill: color, x: 0, y: 0, width: 480, height: 270 },
    { fill: '#fff', x: 40, y: 160, width: 400, height: 60 },
  ])

/** 插入图片 on the toolbar, choosing a picture saved as `name` in the (fake) insert-picture dialog. */
async function insertPicture(app: HarnessApp, name: string, base64: string): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'banxin-picture-')), name)
  writeFileSync(path, Buffer.from(base64, 'base64'))
  app.dialogs.imagePaths.push([path])
  await app.page.getByRole('button', { name: '插入图片' }).click()
}

/** Dispatches drop (or paste) with an image File, as the browser does for a file from the desktop. */
async function sendImage(page: Page, kind: 'drop' | 'paste', base64: string, target: string): Promise<void> {
  await page.evaluate(
    ({ kind, base64, target }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([bytes], `${kind}.png`, { type: 'image/png' }))
      const el = document.querySelector(target)!
      if (kind === 'paste') {
        if (
          el.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
          )
        )
          el.dispatchEvent(
            new InputEvent('beforeinput', {
              inputType: 'insertFromPaste',
              dataTransfer: dt,
              bubbles: true,
              cancelable: true,
            }),
          )
        return
      }
      const box = el.getBoundingClientRect()
      const at = { clientX: box.left + 20, clientY: box.top + box.height / 2 }
      el.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true, ...at }),
      )
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, ...at }))
    },
    { kind, base64, target },
  )
}

test('an image inserted from a file gets caption, credit and alt text; empty alt is flagged', async ({
  app,
}) => {
  const { page } = app
  const path = await openTwoParagraphs(app)
  await caretIn(blocks(page).nth(0))
  const png = await pngBase64(page, '#8c1d18')
  await insertPicture(app, '现场.png', png)
  const figure = page.locator('.bx-image')
  await expect(figure.locator('img')).toBeVisible()
  await expect(figure.getByText('必填：请描述这张图片')).toBeVisible()
  await figure.getByLabel('图注').fill('社区服务站一角')
  await figure.getByLabel('署名').fill('记者 林晓川 摄')
  await page.screenshot({ path: 'test-results/screens/editor-image.png' })
  await figure.getByLabel('替代文字').fill('红色背景上的白色横条')
  await expect(figure.getByText('必填：请描述这张图片')).toHaveCount(0)
  const saved = await saveAndRead(app, path)
  const img = saved.article.blocks[1]!
  expect(img).toMatchObject({
    type: 'image',
    caption: '社区服务站一角',
    credit: '记者 林晓川 摄',
    alt: '红色背景上的白色横条',
  })
  const asset = img.type === 'image' ? img.asset : ''
  expect(saved.article.assets[asset]).toMatchObject({
    mime: 'image/png',
    name: '现场.png',
    width: 480,
    height: 270,
  })
  expect(saved.assetData[asset]!.length).toBe(Buffer.from(png, 'base64').length)
  expect(saved.article.blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph'])
})

test('images dropped on the text or pasted are inserted there, and a dropped image does not open as a document', async ({
  app,
}) => {
  const { page } = app
  const path = await openTwoParagraphs(app)
  const png = await pngBase64(page, '#2f5d8a')
  await sendImage(page, 'drop', png, '[data-testid="article-body"] p:last-child')
  await expect(page.locator('.bx-image')).toHaveCount(1)
  await caretIn(blocks(page).nth(0))
  await sendImage(page, 'paste', png, '[data-testid="article-body"]')
  await expect(page.locator('.bx-image')).toHaveCount(2)
  await expect(page.getByRole('tab', { name: /drop\.png/ })).toHaveCount(0)
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map((b) => b.type)).toEqual([
    'paragraph',
    'image',
    'paragraph',
    'image',
    'paragraph',
  ])
  expect(Object.keys(saved.article.assets)).toHaveLength(2)
})

test('an image claiming 100000×100000 pixels is refused, dropped or inserted, before anything decodes it', async ({ app }) => {
  const { page } = app
  await openTwoParagraphs(app)
  const huge = Buffer.from(pngClaiming(100_000, 100_000)).toString('base64')
  await sendImage(page, 'drop', huge, '[data-testid="article-body"] p:last-child')
  await expect(page.locator('.bx-editor-notice')).toContainText('100000×100000 像素')
  await caretIn(blocks(page).nth(0))
  await insertPicture(app, '航拍.png', huge)
  await expect(page.locator('.bx-editor-notice')).toContainText('图片「航拍.png」有 100000×100000 像素')
  await page.screenshot({ path: 'test-results/screens/editor-huge-image.png' })
  await expect(page.locator('.bx-image')).toHaveCount(0)
})

test('typing in 图注, then clicking 署名 and 替代文字, keeps every keystroke in the field clicked', async ({ app }) => {
  const { page } = app
  const path = await openTwoParagraphs(app)
  await caretIn(blocks(page).nth(0))
  const png = await pngBase64(page, '#8c1d18')
  await insertPicture(app, '现场.png', png)
  const figure = page.locator('.bx-image')
  await expect(figure.locator('img')).toBeVisible()
  for (const [label, typed] of [
    ['图注', '社区服务站一角'],
    ['署名', '记者 林晓川 摄'],
    ['替代文字', '红色背景上的白色横条'],
  ] as const) {
    await figure.getByLabel(label).click()
    await page.keyboard.type(typed)
    await expect(figure.getByLabel(label), `${label} keeps what was typed`).toHaveValue(typed)
  }
  await expect(figure.getByText('必填：请描述这张图片')).toHaveCount(0)
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph'])
  expect(saved.article.blocks[1]).toMatchObject({ caption: '社区服务站一角', credit: '记者 林晓川 摄', alt: '红色背景上的白色横条' })
  expect(saved.article.blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.children.map((c) => c.text).join('') : ''))).toEqual(['第一段。', '第二段。'])
})

/** A 400 × 200 picture: red on the left half, blue on the right. */
const redBluePng = (page: Page) =>
  drawnPng(page, 400, 200, [
    { fill: '#ff0000', x: 0, y: 0, width: 200, height: 200 },
    { fill: '#0000ff', x: 200, y: 0, width: 200, height: 200 },
  ])

/** How many clearly red and clearly blue pixels a screenshot holds. */
async function redAndBlue(png: Buffer): Promise<{ red: number; blue: number }> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
  let red = 0
  let blue = 0
  for (let i = 0; i < data.length; i += info.channels) {
    if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) red++
    if (data[i + 2]! > 200 && data[i]! < 60 && data[i + 1]! < 60) blue++
  }
  return { red, blue }
}

test('图片属性 from the right-click menu sizes, aligns and crops an image, the same in the editor, the portal and print', async ({ app }) => {
  test.setTimeout(90_000)
  const { page } = app
  const path = await openTwoParagraphs(app)
  await caretIn(blocks(page).nth(0))
  await insertPicture(app, '红蓝.png', await redBluePng(page))
  const figure = page.locator('.bx-image')
  await expect(figure.locator('img')).toBeVisible()

  app.dialogs.menuChoices.push('imageProperties')
  await figure.locator('img').click({ button: 'right' })
  const properties = figure.getByRole('group', { name: '图片属性' })
  await expect(properties).toBeVisible()
  await properties.getByLabel('宽度', { exact: true }).selectOption({ label: '1/2 栏宽' })
  await properties.getByRole('radio', { name: '右对齐' }).click()
  await properties.getByLabel('裁剪右（%）').fill('50')
  await expect(properties.getByLabel('裁剪右（%）')).toHaveValue('50')
  await page.screenshot({ path: 'test-results/screens/editor-image-properties.png' })

  // The editor: half the text column, against its right edge, only the red half showing.
  const shown = figure.locator('.bx-image-window')
  const column = await figure.locator('.bx-image-frame').boundingBox()
  const box = await shown.boundingBox()
  expect(box!.width / column!.width).toBeCloseTo(0.5, 1)
  expect(column!.x + column!.width - (box!.x + box!.width)).toBeLessThan(2)
  expect(box!.height, 'the left half of a 2:1 picture is square').toBeCloseTo(box!.width, -1)
  const inEditor = await redAndBlue(await shown.screenshot())
  expect(inEditor.blue).toBe(0)
  expect(inEditor.red).toBeGreaterThan(1000)

  await properties.getByRole('button', { name: '完成' }).click()
  await expect(properties).toHaveCount(0)
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks[1]).toMatchObject({ width: { fraction: 0.5 }, align: 'right', crop: { left: 0, top: 0, right: 0.5, bottom: 0 } })
  const asset = saved.article.blocks[1]!.type === 'image' ? saved.article.blocks[1]!.asset : ''
  expect(saved.article.assets[asset], 'the original is kept whole').toMatchObject({ width: 400, height: 200 })

  // 门户预览: the same half width at the right, the same red half.
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  const portalWindow = portal.locator('img[alt=""]').locator('xpath=..')
  await expect(portalWindow).toHaveCSS('overflow', 'hidden')
  const geometry = await portalWindow.evaluate((span) => {
    const p = span.parentElement!.getBoundingClientRect()
    const s = span.getBoundingClientRect()
    return { share: s.width / p.width, rightGap: p.right - s.right, ratio: s.width / s.height }
  })
  expect(geometry.share).toBeCloseTo(0.5, 1)
  expect(geometry.rightGap).toBeLessThan(2)
  expect(geometry.ratio).toBeCloseTo(1, 1)
  const inPortal = await redAndBlue(await portalWindow.screenshot())
  expect(inPortal.blue).toBe(0)
  expect(inPortal.red).toBeGreaterThan(1000)
  await page.screenshot({ path: 'test-results/screens/portal-image-cropped.png' })

  // 印刷预览: page 1 shows red and no blue.
  await page.getByRole('tab', { name: '印刷预览' }).click()
  const first = page.locator('[data-testid="print-pages"] img[data-page="0"]')
  await expect(first).toBeVisible({ timeout: 30_000 })
  await expect.poll(async () => (await redAndBlue(await first.screenshot())).red, { timeout: 30_000 }).toBeGreaterThan(200)
  expect((await redAndBlue(await first.screenshot())).blue).toBe(0)
  await page.screenshot({ path: 'test-results/screens/print-image-cropped.png' })
})

test('a width in millimetres is typed digit by digit, passing values too small on the way', async ({ app }) => {
  const { page } = app
  const path = await openTwoParagraphs(app)
  await caretIn(blocks(page).nth(0))
  await insertPicture(app, '现场.png', await pngBase64(page, '#2f5d8a'))
  const figure = page.locator('.bx-image')
  await figure.getByRole('button', { name: '图片属性' }).click()
  const properties = figure.getByRole('group', { name: '图片属性' })
  await properties.getByLabel('宽度', { exact: true }).selectOption({ label: '指定毫米' })
  const mm = properties.getByLabel('宽度（毫米）')
  await expect(mm).toHaveValue('80')
  await mm.click()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('100')
  await expect(mm).toHaveValue('100')
  // 100 mm at CSS's 96 px to the inch.
  await expect.poll(async () => Math.round((await figure.locator('img').boundingBox())!.width)).toBe(Math.round((100 * 96) / 25.4))
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks[1]).toMatchObject({ width: { mm: 100 } })
})
