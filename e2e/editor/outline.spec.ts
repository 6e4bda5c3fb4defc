import { test, expect } from '../harness/fixtures'
import { article, heading, paragraph, sectionHeading } from '../../src/core/model/build'
import { blockText } from '../../src/core/model/text'
import { openArticle, saveAndRead } from './helpers'

const doc = () =>
  article({ title: '大纲测试' }, [
    paragraph('导语。'),
    sectionHeading('第一节', '第一节副题'),
    paragraph('第一节正文。'),
    sectionHeading('第二节', '第二节副题'),
    paragraph('第二节正文。'),
    sectionHeading('第三节'),
    paragraph('第三节正文。'),
  ])

test('the outline lists the title and headings; a click jumps to the heading', async ({ app }) => {
  const { page } = app
  await openArticle(app, doc())
  const outline = page.getByTestId('outline')
  await expect(outline.locator('.bx-outline-title')).toHaveText('大纲测试')
  await expect(outline.locator('.bx-outline-text')).toHaveText(['第一节', '第二节', '第三节'])
  await outline.getByRole('button', { name: /第三节/ }).click()
  await page.keyboard.insertText('◆')
  await expect(page.locator('.bx-section-heading').nth(2).locator('.bx-heading-main')).toHaveText('◆第三节')
  await outline.locator('.bx-outline-title').click()
  await expect(page.locator('[data-field="title"]')).toBeFocused()
})

test('dragging a heading in the outline moves its whole section, as one undo step', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, doc())
  const items = page.getByTestId('outline').locator('.bx-outline-item')
  await items.nth(2).dragTo(items.nth(0), { targetPosition: { x: 40, y: 4 } })
  await expect(page.getByTestId('outline').locator('.bx-outline-text')).toHaveText([
    '第三节',
    '第一节',
    '第二节',
  ])
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map(blockText)).toEqual([
    '导语。',
    '第三节',
    '第三节正文。',
    '第一节\n第一节副题',
    '第一节正文。',
    '第二节\n第二节副题',
    '第二节正文。',
  ])
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByTestId('outline').locator('.bx-outline-text')).toHaveText([
    '第一节',
    '第二节',
    '第三节',
  ])
})

test('the move buttons carry sub-sections along and numbers follow', async ({ app }) => {
  const { page } = app
  await openArticle(
    app,
    article({ title: '公文' }, [
      heading(1, '甲'),
      heading(2, '甲一'),
      paragraph('甲一正文'),
      heading(1, '乙'),
      paragraph('乙正文'),
    ]),
  )
  const outline = page.getByTestId('outline')
  await outline.locator('.bx-outline-item').nth(0).hover()
  await outline.getByRole('button', { name: '下移「甲」这一节' }).click()
  await expect(outline.locator('.bx-outline-jump')).toHaveText(['一、乙', '二、甲', '（一）甲一'])
  await expect(page.locator('.bx-heading').nth(0)).toHaveAttribute('data-label', '一、')
  await expect(page.locator('.bx-heading').nth(0)).toHaveText('乙')
})
