import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import { article, paragraph } from '../../src/core/model/build'
import { blockText } from '../../src/core/model/text'
import { blocks, openArticle, openPortalSample, PORTAL_SAMPLE, saveAndRead } from './helpers'


test('lint suggestions can be fixed one by one, ignored, or fixed all at once (one undo step)', async ({
  app,
}) => {
  const { page } = app
  const path = await openArticle(
    app,
    article({ title: '检查' }, [
      paragraph('今年,社区新建了服务站;群众说:“方便!'),
      paragraph('增长 30 %,效果好。'),
    ]),
  )
  await page.getByRole('tab', { name: '检查', exact: true }).click()
  const panel = page.getByTestId('lint-panel')
  const items = panel.locator('section[aria-label="标点规范"] .bx-lint-item')
  const count = await items.count()
  expect(count).toBeGreaterThanOrEqual(5)
  await expect(panel.locator('section[aria-label="需要人工判断"]')).toContainText('“')

  await items.nth(0).getByRole('button', { name: '修正', exact: true }).click()
  await expect(blocks(page).nth(0)).toHaveText(/^今年，社区/)
  await expect(items).toHaveCount(count - 1)
  await items.nth(0).getByRole('button', { name: '忽略', exact: true }).click()
  await expect(items).toHaveCount(count - 2)
  await page.screenshot({ path: 'test-results/screens/editor-lint.png' })

  await panel.getByRole('button', { name: '全部修正' }).click()
  await expect(items).toHaveCount(0)
  await expect(blocks(page).nth(0)).toContainText('服务站;群众')
  await expect(blocks(page).nth(1)).toHaveText('增长 30%，效果好。')
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(blocks(page).nth(1)).toHaveText('增长 30 %,效果好。')
  await page.getByRole('button', { name: '重做' }).click()
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map(blockText)[1]).toBe('增长 30%，效果好。')
})

test('the lint panel flags an empty title and an image without alt text, and locates them', async ({
  app,
}) => {
  const { page } = app
  await openArticle(app, article({ title: '有标题' }, [paragraph('正文。')]))
  await page.locator('[data-field="title"]').fill('')
  await page.getByRole('tab', { name: '检查', exact: true }).click()
  const problems = page.getByTestId('lint-panel').locator('section[aria-label="需要人工判断"] .bx-lint-item')
  await expect(problems.first()).toContainText('标题（主题）不能为空')
  await problems.first().locator('.bx-lint-locate').click()
  await expect(page.locator('[data-field="title"]')).toBeFocused()
})

test('an editor’s pass over the portal sample: import, fix punctuation, restructure, save', async ({
  app,
}) => {
  test.skip(!existsSync(PORTAL_SAMPLE), 'the shared portal sample is not present')
  const { page } = app
  await openPortalSample(app)
  await expect(page.locator('.bx-section-heading').first()).toContainText('筑牢战斗堡垒')
  await page.screenshot({ path: 'test-results/screens/sample-imported.png' })

  await page.getByRole('tab', { name: '检查', exact: true }).click()
  const panel = page.getByTestId('lint-panel')
  await expect(panel.locator('section[aria-label="标点规范"] .bx-lint-item').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/sample-lint.png' })
  await panel.getByRole('button', { name: '全部修正' }).click()
  await expect(panel.locator('section[aria-label="标点规范"] .bx-lint-item')).toHaveCount(0)

  await page.getByRole('tab', { name: '大纲', exact: true }).click()
  const outline = page.getByTestId('outline').locator('.bx-outline-item')
  const before = await page.getByTestId('outline').locator('.bx-outline-text').allTextContents()
  expect(before.length).toBeGreaterThanOrEqual(2)
  await outline.nth(1).dragTo(outline.nth(0), { targetPosition: { x: 40, y: 4 } })
  await expect(page.getByTestId('outline').locator('.bx-outline-text')).toHaveText([
    before[1]!,
    before[0]!,
    ...before.slice(2),
  ])

  await page.getByRole('tab', { name: '插题样式', exact: true }).click()
  await page.getByRole('button', { name: '左线：应用到全部插题' }).click()
  await page.screenshot({ path: 'test-results/screens/sample-edited.png' })

  const saved = await saveAndRead(app, join(mkdtempSync(join(tmpdir(), 'banxin-sample-')), '抓党建.banxin'))
  const text = saved.article.blocks.map(blockText).join('\n')
  expect(text).not.toMatch(/[\u4e00-\u9fff][,:;]|[,:;][\u4e00-\u9fff]/)
  expect(
    saved.article.blocks
      .filter((b) => b.type === 'section-heading')
      .every((b) => b.type === 'section-heading' && b.template === 'left-rule'),
  ).toBe(true)
})
