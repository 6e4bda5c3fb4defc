/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, test, type Browser, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../support/chromium'
import { fixturePackages } from './support'

/**
 * content.html pasted into a CMS editor the way webmasters do it: open the file in the browser, select
 * all, copy, paste into the editor. The editor page filters the pasted HTML the way UEditor 1.4.3.3
 * does (fex-team/ueditor: defaultfilter.js, xssFilter whitelist, filterword.js trigger), then inserts it.
 */
const CMS_EDITOR = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>CMS</title></head><body>
<div id="editor" contenteditable="true" style="width:900px;min-height:400px;font-size:16px"></div>
<script>
const editor = document.getElementById('editor')
editor.addEventListener('paste', (event) => {
  event.preventDefault()
  const html = event.clipboardData.getData('text/html')
  window.pasted = html
  // filterword.js runs on anything with class="Mso…", an mso- style or any lang= attribute.
  window.wordFilterTriggered = /class="?Mso|mso-|\\slang=/i.test(html)
  const doc = new DOMParser().parseFromString(html, 'text/html')
  // Not on the whitelist: deleted with their content. <style>/<script> become inert placeholders.
  doc.querySelectorAll('style,script,link,meta,figure,figcaption,title').forEach((n) => n.remove())
  doc.querySelectorAll('img[src^="data:"]').forEach((n) => n.remove())
  doc.querySelectorAll('div').forEach((div) => {
    const p = doc.createElement('p')
    p.innerHTML = div.innerHTML
    if (div.getAttribute('style')) p.setAttribute('style', div.getAttribute('style'))
    div.replaceWith(p)
  })
  for (const el of doc.body.querySelectorAll('*')) {
    const keep = el.tagName === 'IMG' ? ['src', 'alt', 'title', 'width', 'height'] : ['class', 'style']
    for (const a of [...el.attributes]) if (!keep.includes(a.name)) el.removeAttribute(a.name)
  }
  document.execCommand('insertHTML', false, doc.body.innerHTML)
})
</script></body></html>`

/** The package is written without a profile, so the template accents take the default portal's main colour. */
function defaultPortalMain(): string {
  const file = join(import.meta.dirname, '../../resources/portals/default.json')
  const hex = (JSON.parse(readFileSync(file, 'utf8')) as { colors: { main: string } }).colors.main
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

let browser: Browser
test.beforeAll(async () => {
  browser = await launchChromium()
})
test.afterAll(async () => {
  await browser.close()
})

async function copyAndPaste(source: string): Promise<Page> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const from = await context.newPage()
  await from.goto(source)
  await from.keyboard.press('Control+A')
  await from.keyboard.press('Control+C')
  const cms = await context.newPage()
  await cms.setContent(CMS_EDITOR)
  await cms.locator('#editor').click()
  await cms.keyboard.press('Control+V')
  await expect.poll(() => cms.evaluate(() => typeof (window as unknown as { pasted?: string }).pasted)).toBe('string')
  return cms
}

/** Visible text of each top-level block in the editor, empty ones (an image's <p>) left out. */
function editorBlocks(cms: Page): Promise<string[]> {
  return cms.evaluate(() =>
    [...document.getElementById('editor')!.children].map((el) => (el as HTMLElement).innerText.trim()).filter((t) => t !== ''),
  )
}

for (const name of ['tea-feature', 'fire-notice']) {
  test(`pasting content.html of ${name} keeps every paragraph, heading and caption`, async () => {
    const pkg = fixturePackages().find((p) => p.name === name)!
    const cms = await copyAndPaste(pkg.url('content.html'))
    expect(await cms.evaluate(() => (window as unknown as { wordFilterTriggered: boolean }).wordFilterTriggered), 'the paste would trigger UEditor’s Word filter').toBe(false)
    expect(await editorBlocks(cms)).toEqual(pkg.text('content.txt').trimEnd().split('\n\n'))
    await cms.context().close()
  })
}

test('pasted paragraphs, section headings and captions keep their inline styles', async () => {
  const pkg = fixturePackages().find((p) => p.name === 'tea-feature')!
  const cms = await copyAndPaste(pkg.url('content.html'))
  const look = await cms.evaluate(() => {
    const editor = document.getElementById('editor')!
    const style = (el: Element | null | undefined) => (el ? getComputedStyle(el) : undefined)
    const body = [...editor.querySelectorAll('p')].find((p) => p.innerText.startsWith('青石镇地处山区'))
    const heading = [...editor.querySelectorAll('h2')].find((h) => h.innerText.startsWith('选准一片叶'))
    const caption = [...editor.querySelectorAll('p')].find((p) => p.innerText.startsWith('青石镇高山茶园进入春茶采摘期'))
    const band = [...editor.querySelectorAll('h2 span')].find((s) => (s as HTMLElement).innerText === '带富一方人')
    return {
      headings: editor.querySelectorAll('h2').length,
      images: [...editor.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      bodyIndent: style(body)?.textIndent,
      bodyLineHeight: style(body)?.lineHeight,
      bodyFont: style(body)?.fontFamily,
      headingRule: style(heading)?.borderLeftStyle,
      headingMainColor: style(heading?.querySelector('span'))?.color,
      captionAlign: style(caption)?.textAlign,
      captionSize: style(caption)?.fontSize,
      bandBackground: style(band)?.backgroundColor,
      // Chromium turns <em style="font-style:normal"> into a styled <span> on insert; the dots must stay.
      emphasis: style([...editor.querySelectorAll('em, span')].find((e) => (e as HTMLElement).innerText === '集中连片、统一品种、统一管护'))?.getPropertyValue('text-emphasis-style'),
    }
  })
  expect(look).toEqual({
    headings: 3,
    images: ['images/01.jpg', 'images/02.jpg', 'images/03.png'],
    bodyIndent: '32px',
    bodyLineHeight: '28.8px',
    bodyFont: expect.stringContaining('Noto Serif SC'),
    headingRule: 'solid',
    headingMainColor: defaultPortalMain(),
    captionAlign: 'center',
    captionSize: '14px',
    bandBackground: defaultPortalMain(),
    emphasis: 'dot',
  })
  await cms.context().close()
})
