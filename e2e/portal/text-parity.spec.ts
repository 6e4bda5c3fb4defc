/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, test, type Browser, type Page } from '@playwright/test'
import { launchChromium } from '../support/chromium'
import type { Article } from '../../src/core/model/article'
import { blockLines } from '../../src/core/model/text'
import { DESKTOP, PHONE, fixturePackages } from './support'

/**
 * The article's text is one sequence of characters everywhere: content.txt, what a reader sees in
 * preview.html and content.html (innerText, so CSS-hidden text would not count), and the editor's
 * Article. Between the outputs the text must be identical; against the Article only the numbering and
 * brackets a template adds may differ.
 */

let browser: Browser
test.beforeAll(async () => {
  browser = await launchChromium()
})
test.afterAll(async () => {
  await browser.close()
})

/** innerText of each block under `root`, blank ones (an image's own <p>) left out, joined as content.txt joins them. */
function visibleBlocks(page: Page, root: string): Promise<string> {
  return page.evaluate(
    (root) =>
      [...document.querySelector(root)!.children]
        .map((el) => (el as HTMLElement).innerText)
        .filter((t) => t.trim() !== '')
        .join('\n\n') + '\n',
    root,
  )
}

const TEMPLATE_TEXT = /[一二三四五六七八九十百零]+、|（[一二三四五六七八九十百零]+）|（\d+）|\d+\.(?!\d)|【|】|「|」/g

/** The Article's own characters: the 电头 and every block's text lines, in reading order. */
function articleCharacters(article: Article): string {
  return [article.meta.byline ?? '', ...article.blocks.flatMap(blockLines)].join('').replace(/\s+/g, '').replace(TEMPLATE_TEXT, '')
}

for (const pkg of fixturePackages()) {
  test(`${pkg.name}: content.txt, preview.html, content.html and the Article carry the same text`, async () => {
    const contentTxt = pkg.text('content.txt')
    for (const viewport of [DESKTOP, PHONE]) {
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await page.goto(pkg.url('preview.html'))
      expect(await visibleBlocks(page, '.article-body'), `preview.html at ${viewport.width}px`).toBe(contentTxt)
      await page.goto(pkg.url('content.html'))
      expect(await visibleBlocks(page, 'body'), 'content.html').toBe(contentTxt)
      await context.close()
    }
    expect(contentTxt.replace(/\s+/g, '').replace(TEMPLATE_TEXT, '')).toBe(articleCharacters(pkg.article))
  })
}

test('the title block and meta line on the page match fields.txt', async () => {
  const pkg = fixturePackages().find((p) => p.name === 'tea-feature')!
  const fields = Object.fromEntries(pkg.text('fields.txt').trimEnd().split('\n').map((line) => line.split('：', 2) as [string, string]))
  const context = await browser.newContext({ viewport: DESKTOP })
  const page = await context.newPage()
  await page.goto(pkg.url('preview.html'))
  expect(await page.locator('.kicker').innerText()).toBe(fields['引题'])
  expect(await page.locator('h1').innerText()).toBe(fields['标题'])
  expect(await page.locator('.subtitle').innerText()).toBe(fields['副题'])
  const meta = await page.locator('.meta').innerText()
  for (const key of ['发布时间', '作者', '来源']) expect(meta).toContain(`${key}：${fields[key]}`)
  expect(await page.locator('.editor').innerText()).toBe(`责任编辑：${fields['责任编辑']}`)
  await context.close()
})
