import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import type { Settings } from '../../src/core/settings/schema'
import { HarnessApp } from '../harness/app'
import { BUILTIN_TEMPLATES } from '../../src/core/styles/builtin-templates'
import { article, paragraph, sectionHeading } from '../../src/core/model/build'
import { caretIn, openArticle, saveAndRead } from './helpers'

const doc = () =>
  article({ title: '插题样式' }, [
    sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力'),
    paragraph('正文一。'),
    sectionHeading('建强干部队伍', '为脱贫攻坚聚合力'),
    paragraph('正文二。'),
  ])

test('the gallery previews every template with the current heading’s own text and applies each one', async ({
  app,
}) => {
  const { page } = app
  const path = await openArticle(app, doc())
  await page.getByRole('tab', { name: '插题样式', exact: true }).click()
  const gallery = page.getByTestId('template-gallery')
  await caretIn(page.locator('.bx-section-heading').nth(1).locator('.bx-heading-main'))
  for (const t of BUILTIN_TEMPLATES) {
    const tile = gallery.locator(`[data-template-id="${t.id}"]`)
    await expect(tile.locator('.bx-template-preview')).toContainText('建强干部队伍')
    await tile.getByRole('button', { name: `${t.name}：应用到本插题` }).click()
    await expect(page.locator('.bx-section-heading').nth(1)).toHaveAttribute('data-template', t.id)
    await expect(page.locator('.bx-section-heading').nth(0)).toHaveAttribute('data-template', 'double-center')
    await expect(tile).toHaveClass(/bx-template-current/)
    await page
      .locator('.bx-section-heading')
      .nth(1)
      .screenshot({ path: `test-results/screens/template-${t.id}.png` })
  }
  await gallery.getByRole('button', { name: '左线：应用到全部插题' }).click()
  await expect(page.locator('.bx-section-heading[data-template="left-rule"]')).toHaveCount(2)
  const saved = await saveAndRead(app, path)
  expect(
    saved.article.blocks
      .filter((b) => b.type === 'section-heading')
      .map((b) => b.type === 'section-heading' && b.template),
  ).toEqual(['left-rule', 'left-rule'])
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.locator('.bx-section-heading').nth(0)).toHaveAttribute('data-template', 'double-center')
  await expect(page.locator('.bx-section-heading').nth(1)).toHaveAttribute('data-template', 'brackets')
})

test('序号 and 引号 templates number and frame the heading without touching its text', async ({ app }) => {
  const { page } = app
  await openArticle(app, doc())
  await page.getByRole('tab', { name: '插题样式', exact: true }).click()
  await page.getByRole('button', { name: '序号：应用到全部插题' }).click()
  const second = page.locator('.bx-section-heading').nth(1).locator('.bx-heading-main')
  expect(await second.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"二、"')
  await page.getByRole('button', { name: '引号：应用到全部插题' }).click()
  expect(
    await second.evaluate((el) => [
      getComputedStyle(el, '::before').content,
      getComputedStyle(el, '::after').content,
    ]),
  ).toEqual(['"【"', '"】"'])
  await expect(second).toHaveText('建强干部队伍')
})

test('a template copied in the gallery is kept in settings for the next start', async ({ app, chromium }) => {
  const { page } = app
  await openArticle(app, doc())
  await page.getByRole('tab', { name: '插题样式', exact: true }).click()
  await page.getByRole('button', { name: '把「色块」复制为自定义模板' }).click()
  const copy = page.locator('.bx-template-tile', { hasText: '自定义' })
  await expect(copy).toHaveCount(1)
  await copy.getByRole('button', { name: /应用到本插题/ }).click()
  await expect(page.locator('.bx-section-heading').nth(0)).toHaveAttribute('data-template', 'user-1')
  await app.close()

  const again = await HarnessApp.launch(chromium, { userDataDir: app.userDataDir })
  try {
    await openArticle(again, doc())
    await again.page.getByRole('tab', { name: '插题样式', exact: true }).click()
    await expect(again.page.locator('.bx-template-tile', { hasText: '自定义' })).toHaveCount(1)
  } finally {
    await again.close()
  }
})

test('a 色块 heading takes the portal’s main colour in the portal preview and the editor; a copy keeps its own print colour', async ({ app }) => {
  const { page } = app
  await openArticle(app, article({ title: '色块' }, [sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力', 'band'), paragraph('正文。')]))
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  const colour = (line: ReturnType<typeof page.locator>) => line.evaluate((el) => getComputedStyle(el).backgroundColor)
  const onPortal = () => colour(portal.getByText('筑牢战斗堡垒').first())
  const inEditor = () => colour(page.locator('.bx-heading-main'))
  await expect.poll(onPortal, 'blue portal').toBe('rgb(29, 90, 166)')
  expect(await inEditor(), 'the editor follows the portal shown').toBe('rgb(29, 90, 166)')
  await page.getByLabel('门户样式').selectOption({ label: '河川市人民政府' })
  await expect.poll(onPortal, 'red portal').toBe('rgb(176, 32, 26)')
  await expect.poll(inEditor).toBe('rgb(176, 32, 26)')
  await page.screenshot({ path: 'test-results/screens/editor-band-portal-colour.png' })

  await page.getByRole('tab', { name: '插题样式', exact: true }).click()
  await page.getByRole('button', { name: '把「色块」复制为自定义模板' }).click()
  await expect
    .poll(() => (JSON.parse(readFileSync(join(app.userDataDir, 'settings.json'), 'utf8')) as Settings).templates[0]?.decoration)
    .toEqual({ kind: 'band', color: '#a8201a', portalColor: 'main' })
})
