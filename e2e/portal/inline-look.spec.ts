/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, test, type Browser, type Page } from '@playwright/test'
import { launchChromium } from '../support/chromium'
import { DESKTOP, PHONE, fixturePackages } from './support'

/**
 * The article body must look the same without <style> and class attributes, because CMS editors drop
 * both on paste: its look lives in inline styles only. And the 字号 switch must work with scripts off.
 */

const PROPS = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'color',
  'background-color',
  'text-align',
  'text-indent',
  'line-height',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-left',
  'border-left-width',
  'border-left-style',
  'border-left-color',
  'display',
  'white-space',
  'text-decoration-line',
  'text-emphasis-style',
  'max-width',
]

let browser: Browser
test.beforeAll(async () => {
  browser = await launchChromium()
})
test.afterAll(async () => {
  await browser.close()
})

/** Computed look of every element inside `root`, in document order, keyed by tag and text. */
function bodyLook(page: Page, root: string): Promise<string[]> {
  return page.evaluate(
    ({ root, props }) =>
      [...document.querySelector(root)!.querySelectorAll('*')].map((el) => {
        const style = getComputedStyle(el)
        return `${el.tagName} ${(el as HTMLElement).innerText?.slice(0, 12) ?? ''} | ${props.map((p) => `${p}:${style.getPropertyValue(p)}`).join('; ')}`
      }),
    { root, props: PROPS },
  )
}

function stripStylesheetsAndClasses(page: Page): Promise<void> {
  return page.evaluate(() => {
    document.querySelectorAll('style, link[rel=stylesheet]').forEach((n) => n.remove())
    document.querySelectorAll('[class]').forEach((n) => n.removeAttribute('class'))
  })
}

for (const pkg of fixturePackages()) {
  test(`the body of ${pkg.name} looks the same with all <style> and class attributes removed`, async () => {
    const context = await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    await page.goto(pkg.url('preview.html'))
    await page.evaluate(() => document.querySelector('.article-body')!.setAttribute('id', 'probe'))
    const before = await bodyLook(page, '#probe')
    expect(before.length).toBeGreaterThan(5)
    await stripStylesheetsAndClasses(page)
    expect(await bodyLook(page, '#probe')).toEqual(before)

    // content.html on its own is the same body: the fragment is exactly what the page shows.
    const fragment = await context.newPage()
    await fragment.goto(pkg.url('content.html'))
    expect(await bodyLook(fragment, 'body')).toEqual(before)
    await context.close()
  })
}

test('字号 大/中/小 changes the body size with JavaScript disabled, as in the sandboxed preview', async () => {
  const pkg = fixturePackages().find((p) => p.name === 'example')!
  for (const viewport of [DESKTOP, PHONE]) {
    const context = await browser.newContext({ viewport, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(pkg.url('preview.html'))
    const bodySize = () => page.locator('.article-body p').first().evaluate((p) => getComputedStyle(p).fontSize)
    expect(await bodySize()).toBe('16px')
    await page.getByText('大', { exact: true }).click()
    expect(await bodySize()).toBe('20px')
    await page.getByText('小', { exact: true }).click()
    expect(await bodySize()).toBe('14px')
    // Keyboard users move between the sizes with the arrow keys, as in any radio group.
    await page.keyboard.press('ArrowLeft')
    expect(await bodySize()).toBe('16px')
    await context.close()
  }
})
