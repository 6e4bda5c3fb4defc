import { test, expect } from '../harness/fixtures'
import { typeWithIme } from '../harness/app'
import { article, paragraph, sectionHeading } from '../../src/core/model/build'
import type { Block } from '../../src/core/model/article'
import { openArticle, saveAndRead } from './helpers'

/** 3,000 paragraphs of about 60 characters, a section heading every 100. */
function longArticle(): ReturnType<typeof article> {
  const blocks: Block[] = []
  for (let i = 0; i < 3000; i++) {
    if (i % 100 === 0) blocks.push(sectionHeading(`第${i / 100 + 1}部分`, '长文档测试'))
    blocks.push(
      paragraph(`第${i + 1}段：社区服务站把便民事项搬到家门口，群众办事少跑腿，街坊邻里都说方便又省心。`),
    )
  }
  return article({ title: '三千段的长文' }, blocks)
}

test('a 3,000-paragraph article opens in chunks and takes IME input in the middle', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const path = await openArticle(app, longArticle())
  const body = page.getByTestId('article-body')
  await expect(body.locator('[data-slate-chunk]').first()).toBeAttached()
  const target = body.locator('p', { hasText: '第1500段：' })
  await target.scrollIntoViewIfNeeded()
  await target.click()
  await page.keyboard.press('End')
  await page.waitForTimeout(150)
  await typeWithIme(page, ['zhong', 'zhongjian'], '中间')
  await expect(target).toContainText('又省心。中间')
  await page
    .getByTestId('outline')
    .getByRole('button', { name: /第30部分/ })
    .click()
  await expect(body.locator('.bx-section-heading', { hasText: '第30部分' })).toBeInViewport()
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks).toHaveLength(3030)
})

test('undo brings the caret back into view where the text changed', async ({ app }) => {
  const { page } = app
  const blocks = Array.from({ length: 60 }, (_, i) => paragraph(`第${i + 1}段：街坊邻里都说方便又省心。`))
  await openArticle(app, article({ title: '六十段' }, blocks))
  const body = page.getByTestId('article-body')
  await body.locator('p', { hasText: '第3段：' }).click()
  await page.keyboard.press('End')
  await typeWithIme(page, ['bu'], '补记')
  await expect(body.locator('p', { hasText: '第3段：' })).toContainText('省心。补记')
  // Read on to the end, then take the typing back: the caret goes to where it was undone, on screen.
  await page.evaluate(() => document.querySelector('.bx-editor-scroll')!.scrollTo(0, 1e6))
  await page.keyboard.press('Control+z')
  await expect(body.locator('p', { hasText: '第3段：' })).not.toContainText('补记')
  const caretInView = () =>
    page.evaluate(() => {
      const box = document.querySelector('.bx-editor-scroll')!.getBoundingClientRect()
      const caret = getSelection()!.getRangeAt(0).getBoundingClientRect()
      return caret.top >= box.top && caret.bottom <= box.bottom
    })
  await expect.poll(caretInView).toBe(true)
})

test('Enter and typing at the foot of the view keep the caret on screen', async ({ app }) => {
  const { page } = app
  const blocks = Array.from({ length: 60 }, (_, i) => paragraph(`第${i + 1}段：街坊邻里都说方便又省心。`))
  await openArticle(app, article({ title: '六十段' }, blocks))
  const body = page.getByTestId('article-body')
  const caretInView = () =>
    page.evaluate(() => {
      const box = document.querySelector('.bx-editor-scroll')!.getBoundingClientRect()
      const caret = getSelection()!.getRangeAt(0).getBoundingClientRect()
      // Scrolled by whole pixels: the caret's line may end a fraction past the box.
      return caret.top >= box.top - 1 && caret.bottom <= box.bottom + 1
    })
  // New lines at the foot of the view push the text up.
  const last = body.locator('p', { hasText: '第60段：' })
  await last.scrollIntoViewIfNeeded()
  await last.click()
  await page.keyboard.press('End')
  for (let i = 0; i < 30; i++) await page.keyboard.press('Enter')
  await page.keyboard.type('末尾')
  await expect(body.locator('p').last()).toHaveText('末尾')
  await expect.poll(caretInView).toBe(true)
})
