import type { Page } from '@playwright/test'
import { test, expect } from '../harness/fixtures'
import { article, paragraph, text } from '../../src/core/model/build'
import { blocks, caretIn, openArticle, saveAndRead } from './helpers'

/**
 * The race CI caught (Shift+→ twice, Ctrl+B bolded one character): slate-react learns of a selection the
 * browser moved only when `selectionchange` is dispatched, a task of its own, and Chrome runs input before
 * React's scheduled render. These tests hold `selectionchange` back from the page, so the window between
 * a native move and Slate hearing of it stays open, and make Slate render in it.
 */
async function holdSelectionChange(page: Page): Promise<void> {
  await page.evaluate(() => {
    const held = (event: Event) => event.stopImmediatePropagation()
    window.addEventListener('selectionchange', held, { capture: true })
    ;(window as unknown as { releaseSelectionChange(): void }).releaseSelectionChange = () => {
      window.removeEventListener('selectionchange', held, { capture: true })
      document.dispatchEvent(new Event('selectionchange'))
    }
  })
}

async function releaseSelectionChange(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { releaseSelectionChange(): void }).releaseSelectionChange())
}

/** Makes Slate render the editor as it does after any change, without it reading the DOM selection. */
async function renderSlate(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector('[data-testid="article-body"]')!
    const key = Object.keys(body).find((k) => k.startsWith('__reactFiber$'))!
    type Fiber = { memoizedProps?: { editor?: { onChange(): void } }; return: Fiber | null }
    let fiber: Fiber | null = (body as unknown as Record<string, Fiber>)[key] ?? null
    while (fiber && !fiber.memoizedProps?.editor) fiber = fiber.return
    fiber!.memoizedProps!.editor!.onChange()
  })
}

const selectedText = (page: Page): Promise<string> => page.evaluate(() => String(window.getSelection()))

test('a selection made with Shift+→ survives a render that comes before Slate hears of it', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '选区' }, [paragraph('重要通知发布')]))
  const p = blocks(page).nth(0)
  await caretIn(p, 'start')
  await holdSelectionChange(page)
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await renderSlate(page)
  await page.evaluate(() => new Promise(requestAnimationFrame))
  expect(await selectedText(page)).toBe('重要')
  await releaseSelectionChange(page)
  await page.keyboard.press('Control+b')
  await expect(p.locator('strong')).toHaveText('重要')
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks[0]).toEqual(paragraph([text('重要', { bold: true }), text('通知发布')]))
})

test('a caret moved with Home after a click survives a render that comes before Slate hears of it', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '光标' }, [paragraph('第一段。'), paragraph('第二段。')]))
  await caretIn(blocks(page).nth(1), 'end')
  await holdSelectionChange(page)
  await page.keyboard.press('Home')
  await renderSlate(page)
  await page.evaluate(() => new Promise(requestAnimationFrame))
  await releaseSelectionChange(page)
  await page.keyboard.insertText('新')
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks).toEqual([paragraph('第一段。'), paragraph('新第二段。')])
})
