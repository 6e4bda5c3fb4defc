import type { Page } from '@playwright/test'
import { test, expect } from '../harness/fixtures'
import type { HarnessApp } from '../harness/app'
import { article, image, paragraph, sectionHeading, text } from '../../src/core/model/build'
import { imageFile } from '../../test/fixtures/portal/articles'
import { blockText } from '../../src/core/model/text'
import { body, caretIn, blocks, openArticle, saveAndRead } from './helpers'

const doc = () =>
  article({ title: '查找替换' }, [
    sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力'),
    paragraph([text('推进'), text('乡村', { bold: true }), text('振兴，乡村振兴是大事。')]),
    paragraph('Rural 振兴 rural，2019年、2020年。'),
  ])

test('finds every match, highlights all, and steps through them', async ({ app }) => {
  const { page } = app
  await openArticle(app, doc())
  await page.keyboard.press('Control+f')
  await page.getByLabel('查找内容').fill('乡村振兴')
  await expect(page.getByTestId('find-status')).toHaveText('共 3 处')
  await expect(body(page).locator('.bx-find-match')).toHaveCount(4) // one match spans a bold and a plain run
  await page.getByLabel('查找内容').press('Enter')
  await expect(page.getByTestId('find-status')).toHaveText('第 1 / 3 处')
  await page.getByLabel('查找内容').press('Enter')
  await page.getByLabel('查找内容').press('Enter')
  await expect(page.getByTestId('find-status')).toHaveText('第 3 / 3 处')
  await page.getByLabel('查找内容').press('Shift+Enter')
  await expect(page.getByTestId('find-status')).toHaveText('第 2 / 3 处')
  await page.screenshot({ path: 'test-results/screens/editor-find.png' })
  await page.getByLabel('查找内容').press('Escape')
  await expect(body(page).locator('.bx-find-match')).toHaveCount(0)
})

test('全部替换 changes the body and image captions in one undo step; matches in the title are named', async ({ app }) => {
  const { page } = app
  const withTitle = article({ title: '乡村振兴在溪口' }, [...doc().blocks, image('hills', '溪口村的茶园', '乡村振兴让茶园变了样', '乡村振兴办 供图')], {
    hills: { mime: 'image/jpeg', name: '茶园.jpg' },
  })
  await openArticle(app, withTitle, { hills: imageFile('tea-hills.jpg') })
  await page.keyboard.press('Control+h')
  await page.getByLabel('查找内容').fill('乡村振兴')
  await expect(page.getByTestId('find-status')).toHaveText('共 3 处')
  await expect(page.getByTestId('find-elsewhere')).toHaveText('图片说明 2 处也有，全部替换时一并替换；主题 1 处也有，查找替换不改动，请在原处修改')
  await page.getByTestId('find-elsewhere').screenshot({ path: 'test-results/screens/editor-find-captions.png' })
  await page.getByLabel('替换为').fill('农村发展')
  await page.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByTestId('find-status')).toHaveText('已替换 5 处')
  await expect(page.getByLabel('图注')).toHaveValue('农村发展让茶园变了样')
  await expect(page.getByLabel('署名')).toHaveValue('农村发展办 供图')
  await expect(page.getByTestId('find-elsewhere'), 'the title still has it').toHaveText('主题 1 处也有，查找替换不改动，请在原处修改')
  await expect(page.frameLocator('[data-testid="portal-frame"]').locator('body'), 'the portal preview follows').toContainText('农村发展是大事')
  await expect(page.frameLocator('[data-testid="portal-frame"]').getByText('农村发展让茶园变了样')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/editor-find-elsewhere.png' })

  await page.getByLabel('查找内容').press('Escape')
  await body(page).locator('.bx-paragraph').first().click()
  await page.keyboard.press('Control+z')
  await expect(page.getByLabel('图注'), 'one undo restores body and captions together').toHaveValue('乡村振兴让茶园变了样')
  await expect(body(page).locator('.bx-paragraph').first()).toContainText('乡村振兴是大事')
  await page.keyboard.press('Control+h')
  await page.getByLabel('查找内容').fill('乡村振兴')
  await page.locator('[data-field="title"]').fill('农村发展在溪口')
  await expect(page.getByTestId('find-elsewhere')).toHaveText('图片说明 2 处也有，全部替换时一并替换')
})

test('replace all is one undo step and keeps the marks of the text it replaces', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, doc())
  await caretIn(blocks(page).nth(2))
  await page.keyboard.press('Control+h')
  await page.getByLabel('查找内容').fill('乡村振兴')
  await page.getByLabel('替换为').fill('农村发展')
  await page.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByTestId('find-status')).toHaveText('已替换 3 处')
  await expect(body(page)).not.toContainText('乡村振兴')
  await expect(blocks(page).nth(1).locator('strong')).toHaveText('农村发展')
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(body(page).locator('text=乡村振兴')).not.toHaveCount(0)
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map(blockText)).toEqual(doc().blocks.map(blockText))
  await page.getByRole('button', { name: '重做' }).click()
  await expect(body(page)).not.toContainText('乡村振兴')
})

test('regex with groups, and match case', async ({ app }) => {
  const { page } = app
  await openArticle(app, doc())
  await page.keyboard.press('Control+h')
  await page.getByLabel('正则表达式').check()
  await page.getByLabel('查找内容').fill('(\\d{4})年')
  await expect(page.getByTestId('find-status')).toHaveText('共 2 处')
  await page.getByLabel('替换为').fill('$1 年度')
  await page.getByRole('button', { name: '全部替换' }).click()
  await expect(blocks(page).nth(2)).toContainText('2019 年度、2020 年度')
  await page.getByLabel('正则表达式').uncheck()
  await page.getByLabel('查找内容').fill('rural')
  await expect(page.getByTestId('find-status')).toHaveText('共 2 处')
  await page.getByLabel('区分大小写').check()
  await expect(page.getByTestId('find-status')).toHaveText('共 1 处')
  await page.getByLabel('正则表达式').check()
  await page.getByLabel('查找内容').fill('(')
  await expect(page.getByTestId('find-status')).toHaveText('正则表达式有误')
})

test('replace one at a time moves to the next match', async ({ app }) => {
  const { page } = app
  await openArticle(app, doc())
  await page.keyboard.press('Control+h')
  await page.getByLabel('查找内容').fill('振兴')
  await page.getByLabel('替换为').fill('发展')
  await page.getByLabel('查找内容').press('Enter')
  await page.getByRole('button', { name: '替换', exact: true }).click()
  await expect(page.locator('.bx-heading-sub')).toHaveText('为乡村发展添动力')
  await expect(page.getByTestId('find-status')).toHaveText('第 1 / 3 处')
})

/** Opens the test article and replaces 乡村振兴 (3 places in the body) with 农村发展 from the find bar. */
async function replaceAllInDoc(app: HarnessApp): Promise<Page> {
  const { page } = app
  await openArticle(app, doc())
  await page.keyboard.press('Control+h')
  await page.getByLabel('查找内容').fill('乡村振兴')
  await page.getByLabel('替换为').fill('农村发展')
  await page.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByTestId('find-status')).toHaveText('已替换 3 处')
  return page
}

test('Ctrl+Z straight after 全部替换 undoes the replacement, as Word does, and keeps the boxes', async ({ app }) => {
  const page = await replaceAllInDoc(app)
  await page.keyboard.press('Control+z')
  await expect(body(page), 'the document is back as it was').toContainText('振兴，乡村振兴是大事。')
  await expect(page.getByLabel('替换为'), 'the replacement box keeps its text').toHaveValue('农村发展')
  await expect(page.getByLabel('查找内容')).toHaveValue('乡村振兴')
  await expect(page.getByTestId('find-status')).toHaveText('共 3 处')
  await page.keyboard.press('Control+y')
  await expect(body(page)).not.toContainText('乡村振兴')
  await expect(page.getByTestId('find-status')).toHaveText('正文无匹配')

  // Typing in the boxes keeps the browser's own undo there.
  await page.getByLabel('替换为').fill('农村')
  await page.getByLabel('替换为').press('End')
  await page.keyboard.type('振兴')
  await page.keyboard.press('Control+z')
  await expect(page.getByLabel('替换为')).not.toHaveValue('农村振兴')
  await expect(body(page)).not.toContainText('乡村振兴')
})

test('the toolbar 撤销 after 全部替换 clears 「已替换」', async ({ app }) => {
  const page = await replaceAllInDoc(app)
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(body(page)).toContainText('乡村振兴是大事')
  await expect(page.getByTestId('find-status')).toHaveText('共 3 处')
})
