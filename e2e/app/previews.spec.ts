import type { Page } from '@playwright/test'
import { test, expect } from '../harness/fixtures'
import { typeWithIme } from '../harness/app'
import { article, paragraph, sectionHeading } from '../../src/core/model/build'
import type { Block } from '../../src/core/model/article'
import { blocks, openArticle } from '../editor/helpers'

test('portal and print previews show the article and follow the typing', async ({ app }) => {
  const { page } = app
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  await expect(portal.locator('h1')).toContainText('办好民生实事')
  await expect(portal.getByText('织密服务网络')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/app-portal-preview.png' })

  await page.getByRole('tab', { name: '印刷预览' }).click()
  await expect(page.getByTestId('print-page-count')).toHaveText(/共 \d+ 页/, { timeout: 30_000 })
  const pagesBefore = Number((await page.getByTestId('print-page-count').innerText()).match(/\d+/)![0])
  expect(pagesBefore).toBeGreaterThanOrEqual(1)
  await expect(page.locator('[data-testid="print-pages"] img').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/app-print-preview.png' })

  // Type a long paragraph at the end: the print preview grows, the portal shows it.
  const last = page.locator('.bx-paragraph').last()
  await last.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  const sentence = '新增段落用于检验预览是否随输入更新。'
  await typeWithIme(page, ['xinzeng'], sentence.repeat(150))
  await expect(page.getByTestId('print-page-count')).not.toHaveText(`共 ${pagesBefore} 页`, { timeout: 30_000 })

  // 转到光标所在页: the page where the caret's paragraph starts.
  await page.locator('.bx-paragraph').first().click()
  await page.getByRole('button', { name: '转到光标所在页' }).click()
  await expect(page.getByRole('button', { name: '第 1 页' })).toHaveAttribute('data-current')
  await page.locator('.bx-paragraph').last().click()
  await page.getByRole('button', { name: '转到光标所在页' }).click()
  const current = page.locator('.bx-thumbs [data-current]')
  await expect(current).toHaveCount(1)
  await expect(current).not.toHaveAccessibleName('第 1 页')
  const shown = Number((await current.getAttribute('aria-label'))!.match(/\d+/)![0])
  await expect(page.locator(`[data-testid="print-pages"] img[data-page="${shown - 1}"]`)).toBeInViewport()

  await page.getByRole('tab', { name: '门户预览' }).click()
  await expect(portal.getByText(sentence, { exact: false }).first()).toBeVisible()
})

/** Where the first page sits in the scrolling pane, and how far the pane scrolls each way. */
async function pageInPane(page: Page) {
  return page.getByTestId('print-pages').evaluate((pane) => {
    const img = pane.querySelector('img')!
    const p = pane.getBoundingClientRect()
    const i = img.getBoundingClientRect()
    return {
      leftGap: i.left - p.left + pane.scrollLeft,
      pageWidth: i.width,
      pageHeight: i.height,
      paneWidth: pane.clientWidth,
      paneHeight: pane.clientHeight,
      scrollableX: pane.scrollWidth - pane.clientWidth,
      paneRight: p.right,
      windowWidth: window.innerWidth,
    }
  })
}

test('印刷预览 zooms from 适合宽度 and 适合页面 to 400%, and the page can always be scrolled to, both ways', async ({ app }) => {
  const { page } = app
  await page.getByRole('tab', { name: '印刷预览' }).click()
  await expect(page.getByTestId('print-page-count')).toHaveText(/共 \d+ 页/, { timeout: 30_000 })
  const zoom = page.getByLabel('缩放', { exact: true })
  await expect(zoom.locator('option')).toHaveText(['适合宽度', '适合页面', '50%', '75%', '100%', '125%', '150%', '200%', '300%', '400%'])

  const fit = await pageInPane(page)
  expect(fit.scrollableX, 'fit width needs no horizontal scroll').toBe(0)
  expect(fit.pageWidth).toBeLessThanOrEqual(fit.paneWidth)

  await zoom.selectOption({ label: '适合页面' })
  const whole = await pageInPane(page)
  expect(whole.pageHeight, 'the whole page fits the pane').toBeLessThanOrEqual(whole.paneHeight)

  for (const label of ['100%', '150%', '400%']) {
    await zoom.selectOption({ label })
    const at = await pageInPane(page)
    expect(at.paneRight, `${label}: the pane stays inside the window`).toBeLessThanOrEqual(at.windowWidth)
    expect(at.leftGap, `${label}: the page's left edge can be scrolled to`).toBeGreaterThanOrEqual(0)
    expect(at.scrollableX, `${label}: the page's right edge can be scrolled to`).toBeGreaterThanOrEqual(at.pageWidth + at.leftGap - at.paneWidth)
    expect(at.scrollableX).toBeGreaterThan(0)
  }
  await page.getByTestId('print-pages').evaluate((pane) => pane.scrollTo(pane.scrollWidth, 0))
  await page.screenshot({ path: 'test-results/screens/app-print-preview-400.png' })
})

/** How the portal page is drawn: its body text size on screen, whether lines fit across the pane, the scroll. */
async function portalView(page: Page) {
  return page.getByTestId('portal-frame').evaluate((frame: HTMLIFrameElement) => {
    const box = frame.closest('[data-testid="portal-stage"]')!.querySelector<HTMLElement>('.bx-frame-box')!
    const scale = frame.getBoundingClientRect().width / frame.offsetWidth
    const doc = frame.contentDocument!
    const body = doc.querySelector<HTMLElement>('.article-body')!
    const p = body.querySelector('p')!
    const rect = body.getBoundingClientRect()
    return {
      scale,
      textPx: parseFloat(getComputedStyle(p).fontSize) * scale,
      bodyRight: rect.right * scale - box.scrollLeft,
      bodyLeft: rect.left * scale - box.scrollLeft,
      paneWidth: box.clientWidth,
      scrollableX: box.scrollWidth - box.clientWidth,
      pageWidth: frame.offsetWidth * scale,
    }
  })
}

test('门户预览 opens readable, offers 适合宽度 and 100%, and scrolls to the block being edited', async ({ app }) => {
  const { page } = app
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  await expect(portal.getByText('织密服务网络')).toBeVisible()
  const first = await portalView(page)
  expect(first.textPx, 'body text is drawn at a readable size').toBeGreaterThanOrEqual(12)
  expect(first.bodyLeft).toBeGreaterThanOrEqual(0)
  expect(first.bodyRight, 'whole lines show across the pane').toBeLessThanOrEqual(first.paneWidth)
  await page.screenshot({ path: 'test-results/screens/app-portal-default.png' })

  await page.getByRole('group', { name: '预览宽度' }).getByRole('button', { name: '电脑' }).click()
  const zoom = page.getByTestId('portal-stage').locator('..').getByLabel('缩放', { exact: true })
  await zoom.selectOption({ label: '适合宽度' })
  const fit = await portalView(page)
  expect(fit.pageWidth).toBeCloseTo(fit.paneWidth, 0)
  expect(fit.scrollableX).toBe(0)
  await zoom.selectOption({ label: '100%' })
  const real = await portalView(page)
  expect(real.scale).toBe(1)
  expect(real.scrollableX, 'a 1280 px page scrolls across the pane').toBeGreaterThan(0)

  // The caret in the last paragraph brings its text into the preview.
  const last = page.locator('.bx-paragraph').last()
  const lastText = (await last.innerText()).slice(0, 12)
  await last.click()
  const inView = () =>
    page.getByTestId('portal-frame').evaluate((frame: HTMLIFrameElement, text) => {
      const doc = frame.contentDocument!
      const el = [...doc.querySelectorAll('.article-body p')].find((p) => p.textContent!.includes(text))!
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= frame.contentWindow!.innerHeight
    }, lastText)
  await expect.poll(inView).toBe(true)
  await page.screenshot({ path: 'test-results/screens/app-portal-follow.png' })
})

test('门户预览 follows the caret through a long article the editor renders in chunks', async ({ app }) => {
  test.setTimeout(120_000)
  const { page } = app
  const content: Block[] = []
  for (let i = 0; i < 1200; i++) {
    if (i % 100 === 0) content.push(sectionHeading(`第${i / 100 + 1}部分`, '长文'))
    content.push(paragraph(i % 7 === 3 ? '' : `长文第${i + 1}段：社区服务站把便民事项搬到家门口。`))
  }
  await openArticle(app, article({ title: '千二段' }, content))
  const body = page.getByTestId('article-body')
  await expect(body.locator('[data-slate-chunk]').first()).toBeAttached()
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  await expect(portal.getByText('长文第1200段', { exact: false })).toBeAttached({ timeout: 60_000 })
  const inView = (text: string) =>
    page.getByTestId('portal-frame').evaluate((frame: HTMLIFrameElement, text) => {
      const el = [...frame.contentDocument!.querySelectorAll('.article-body p')].find((p) => p.textContent!.startsWith(text))
      if (!el) return false
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= frame.contentWindow!.innerHeight
    }, text)
  for (const n of [873, 212, 1199]) {
    const target = body.locator('p', { hasText: `长文第${n}段：` })
    await target.scrollIntoViewIfNeeded()
    await target.click()
    await expect.poll(() => inView(`长文第${n}段：`)).toBe(true)
  }
  // An empty paragraph renders nothing in the page: with the caret in one (第1005段, block 1,015 after 11
  // headings), the preview shows the paragraph before it.
  const empty = blocks(page).nth(1015)
  await empty.scrollIntoViewIfNeeded()
  await empty.click()
  await expect.poll(() => inView('长文第1004段：')).toBe(true)
})

test('门户预览 follows an edit in place: the page is not reloaded, and where the reader scrolled stays', async ({ app }) => {
  const { page } = app
  const frame = page.getByTestId('portal-frame')
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  await expect(portal.getByText('织密服务网络')).toBeVisible()
  // A mark on the shown page's window, and the reader scrolled down: a reload would lose both.
  await frame.evaluate((f: HTMLIFrameElement) => {
    ;(f.contentWindow as Window & { shownPage?: boolean }).shownPage = true
    f.contentWindow!.scrollTo(0, 300)
  })
  const first = page.locator('.bx-paragraph').first()
  await first.click()
  await page.keyboard.press('End')
  await typeWithIme(page, ['zaici'], '原地更新的新句子。')
  await expect(portal.getByText('原地更新的新句子。', { exact: false })).toBeAttached()
  const after = await frame.evaluate((f: HTMLIFrameElement) => ({
    same: (f.contentWindow as Window & { shownPage?: boolean }).shownPage === true,
    scrolled: f.contentWindow!.scrollY,
  }))
  expect(after.same, 'the same page, updated in place').toBe(true)
  expect(after.scrolled).toBeGreaterThan(0)
  await page.screenshot({ path: 'test-results/screens/app-portal-in-place.png' })
})

test('门户预览 patched after each kind of edit shows the same page as one rendered afresh', async ({ app }) => {
  const { page } = app
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  const shownBody = () => page.getByTestId('portal-frame').evaluate((f: HTMLIFrameElement) => f.contentDocument!.body.innerHTML)
  /** The page as patched after `edit`, then as a preview opened afresh shows it (it loads the whole page). */
  const patchedAndFresh = async (edit: () => Promise<void>, shows: string) => {
    await edit()
    await expect(portal.getByText(shows, { exact: false })).toBeAttached()
    const patched = await shownBody()
    await page.getByRole('button', { name: '收起预览' }).click()
    await page.getByRole('button', { name: '展开预览' }).click()
    await expect(portal.getByText(shows, { exact: false })).toBeAttached()
    return [patched, await shownBody()]
  }
  await expect(portal.getByText('织密服务网络')).toBeVisible()
  const paragraphs = page.locator('.bx-paragraph')

  const [typed, typedFresh] = await patchedAndFresh(async () => {
    await paragraphs.nth(1).click()
    await page.keyboard.press('End')
    await typeWithIme(page, ['yi'], '补记一句。')
  }, '补记一句。')
  expect(typed, 'typing in a block').toBe(typedFresh)

  // A new block moves every later block's anchor.
  const [split, splitFresh] = await patchedAndFresh(async () => {
    await paragraphs.nth(1).click()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await typeWithIme(page, ['xin'], '另起一段。')
  }, '另起一段。')
  expect(split, 'a block added').toBe(splitFresh)

  const blocks = await portal.locator('[data-block]').count()
  const [merged, mergedFresh] = await patchedAndFresh(async () => {
    // The block that starts with the new text joins the one before it.
    await page.locator('.bx-paragraph', { hasText: '另起一段。' }).click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Home')
    await page.keyboard.press('Backspace')
    await expect(portal.locator('[data-block]')).toHaveCount(blocks - 1)
  }, '另起一段。')
  expect(merged, 'two blocks merged').toBe(mergedFresh)

  const [titled, titledFresh] = await patchedAndFresh(async () => {
    await page.getByRole('textbox', { name: '主题' }).press('End')
    await page.getByRole('textbox', { name: '主题' }).pressSequentially('（续）')
  }, '（续）')
  expect(titled, 'the title changed').toBe(titledFresh)
})

test('the splitter keeps the editor readable and the preview inside the window', async ({ app }) => {
  const { page } = app
  await expect(page.frameLocator('[data-testid="portal-frame"]').locator('h1')).toContainText('办好民生实事')
  const splitter = page.getByRole('separator', { name: '调整预览宽度' })
  const widths = () =>
    page.evaluate(() => ({
      editor: document.querySelector('.bx-editor-area')!.getBoundingClientRect().width,
      previewRight: document.querySelector('.bx-preview-slot')!.getBoundingClientRect().right,
      preview: document.querySelector('.bx-preview-slot')!.getBoundingClientRect().width,
      window: window.innerWidth,
    }))
  const drag = async (toX: number) => {
    const box = (await splitter.boundingBox())!
    await page.mouse.move(box.x + 3, box.y + 200)
    await page.mouse.down()
    await page.mouse.move(toX, box.y + 200, { steps: 8 })
    await page.mouse.up()
  }
  await drag(20)
  const wide = await widths()
  expect(wide.editor, 'the editor keeps room for a readable line').toBeGreaterThanOrEqual(580)
  expect(wide.previewRight, 'the preview stays inside the window').toBeLessThanOrEqual(wide.window)
  await page.screenshot({ path: 'test-results/screens/app-splitter-wide-preview.png' })
  await drag(1350)
  expect((await widths()).preview, 'the preview keeps a usable width').toBeGreaterThanOrEqual(300)
  await page.setViewportSize({ width: 1000, height: 800 })
  await drag(20)
  const narrow = await widths()
  expect(narrow.editor).toBeGreaterThanOrEqual(580)
  expect(narrow.previewRight).toBeLessThanOrEqual(narrow.window)
})
