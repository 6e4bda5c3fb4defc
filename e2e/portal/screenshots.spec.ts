/// <reference lib="dom" />
import { expect, test, type Browser, type Page } from '@playwright/test'
import { launchChromium } from '../support/chromium'
import { DESKTOP, PHONE, fixturePackages } from './support'

/**
 * Every fixture's preview.html at desktop width, phone width and in print, and the in-app preview: the
 * title shows, every image has loaded, and nothing is wider than the window (a phone reader never
 * scrolls sideways). The screenshots (test-results/screens/portal-*.png) are for people to look at.
 */

let browser: Browser
test.beforeAll(async () => {
  browser = await launchChromium()
})
test.afterAll(async () => {
  await browser.close()
})

interface PageFacts {
  overflow: { page: number; window: number; widest: string[] }
  brokenImages: string[]
  images: number
}

function facts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`)
    const images = [...document.images]
    return {
      overflow: { page: document.documentElement.scrollWidth, window: width, widest: widest.slice(0, 5) },
      brokenImages: images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src),
      images: images.length,
    }
  })
}

async function expectReadable(page: Page, title: string, label: string, images: number): Promise<void> {
  await expect(page.locator('h1'), `${label}: 标题`).toHaveText(title.trim())
  await expect(page.locator('h1')).toBeInViewport()
  const f = await facts(page)
  expect(f.overflow.page, `${label}: 页面不横向滚动，超出的元素 ${f.overflow.widest.join(' ')}`).toBeLessThanOrEqual(f.overflow.window)
  expect(f.brokenImages, `${label}: 图片都已载入`).toEqual([])
  expect(f.images, `${label}: 图片数`).toBe(images)
}

for (const pkg of fixturePackages()) {
  test(`${pkg.name}: title, images and width on desktop, phone and paper`, async () => {
    const images = pkg.article.blocks.filter((b) => b.type === 'image').length
    const shots = [
      ['desktop', DESKTOP, 'screen'],
      ['phone', PHONE, 'screen'],
      ['print', { width: 794, height: 1123 }, 'print'],
    ] as const
    for (const [label, viewport, media] of shots) {
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await page.goto(pkg.url('preview.html'))
      await page.emulateMedia({ media })
      await expectReadable(page, pkg.article.meta.title, `${label}`, images)
      await page.screenshot({ path: `test-results/screens/portal-${pkg.name}-${label}.png`, fullPage: true })
      if (media === 'print') await page.pdf({ path: `test-results/screens/portal-${pkg.name}.pdf`, format: 'A4' })
      await context.close()
    }
    const context = await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    await page.goto(pkg.appPreviewUrl('hechuan-red'))
    await expectReadable(page, pkg.article.meta.title, 'in-app preview', images)
    await page.screenshot({ path: `test-results/screens/portal-${pkg.name}-app-hechuan-red.png`, fullPage: true })
    await context.close()
  })
}
