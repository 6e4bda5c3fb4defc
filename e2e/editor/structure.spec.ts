import { test, expect } from '../harness/fixtures'
import { typeWithIme } from '../harness/app'
import { article, heading, paragraph, quote, sectionHeading, text } from '../../src/core/model/build'
import { blocks, caretIn, openArticle, saveAndRead, textOf } from './helpers'

test('Enter in a section heading goes main line → sub line → new body paragraph', async ({ app }) => {
  const { page } = app
  const path = await openArticle(
    app,
    article({ title: '结构' }, [sectionHeading('筑牢战斗堡垒'), paragraph('正文。')]),
  )
  await caretIn(page.locator('.bx-heading-main'))
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('为乡村振兴添动力')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('新的正文')
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks).toEqual([
    sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力'),
    paragraph('新的正文'),
    paragraph('正文。'),
  ])
})

test('Backspace at the start of an empty sub line removes it; at the start of a heading it becomes body text', async ({
  app,
}) => {
  const { page } = app
  const path = await openArticle(
    app,
    article({ title: '结构' }, [sectionHeading('筑牢战斗堡垒'), heading(1, '总体要求'), paragraph('正文。')]),
  )
  await caretIn(page.locator('.bx-heading-main'))
  await page.keyboard.press('Enter')
  await expect(page.locator('.bx-heading-sub')).toHaveCount(1)
  await page.keyboard.press('Backspace')
  await expect(page.locator('.bx-heading-sub')).toHaveCount(0)
  await page.keyboard.insertText('！')
  await caretIn(page.locator('.bx-heading-level-1'), 'start')
  await page.keyboard.press('Backspace')
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks).toEqual([
    sectionHeading('筑牢战斗堡垒！'),
    paragraph('总体要求'),
    paragraph('正文。'),
  ])
})

test('paragraph roles, 公文 headings and quotes are set from the 段落样式 menu', async ({ app }) => {
  const { page } = app
  const path = await openArticle(
    app,
    article({ title: '结构' }, [
      paragraph('编者按内容'),
      paragraph('总体要求'),
      paragraph('工作目标'),
      paragraph('引用一句话'),
      paragraph('某某单位'),
      paragraph('附件：名单'),
      paragraph('各区人民政府：'),
    ]),
  )
  const style = page.getByLabel('段落样式')
  const set = async (i: number, label: string) => {
    await caretIn(blocks(page).nth(i))
    await style.selectOption({ label })
  }
  await set(0, '编者按')
  await set(1, '一级标题 一、')
  await set(2, '二级标题 （一）')
  await set(3, '引文')
  await set(4, '落款')
  await set(5, '附件说明')
  await set(6, '主送机关')
  await expect(blocks(page).nth(6), '主送机关 starts at the left edge').toHaveCSS('text-indent', '0px')
  await expect(blocks(page).nth(1)).toHaveAttribute('data-label', '一、')
  await expect(blocks(page).nth(2)).toHaveAttribute('data-label', '（一）')
  await caretIn(blocks(page).nth(1))
  await expect(style).toHaveValue('heading-1')
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks).toEqual([
    paragraph('编者按内容', 'note'),
    heading(1, '总体要求'),
    heading(2, '工作目标'),
    quote('引用一句话'),
    paragraph('某某单位', 'signoff'),
    paragraph('附件：名单', 'attachment'),
    paragraph('各区人民政府：', 'addressee'),
  ])
  await page.screenshot({ path: 'test-results/screens/editor-roles.png' })
})

test('接排 runs a 公文 heading into the paragraph after it, in the file and on the portal page', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '通知' }, [heading(1, '总体要求'), heading(2, '工作目标。'), paragraph('到年底建成储备点。')]))
  const runIn = page.getByRole('button', { name: '接排' })
  await caretIn(blocks(page).nth(2))
  await expect(runIn, 'only a heading can run in').toBeDisabled()
  await caretIn(page.locator('.bx-heading-level-2'))
  await expect(runIn).toHaveAttribute('aria-pressed', 'false')
  await runIn.click()
  await expect(runIn).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('.bx-heading-level-2')).toHaveClass(/bx-run-in/)
  const portal = page.frameLocator('[data-testid="portal-frame"]')
  await expect(portal.locator('p', { hasText: '工作目标。到年底建成储备点。' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/editor-run-in.png' })
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks).toEqual([heading(1, '总体要求'), heading(2, '工作目标。', true), paragraph('到年底建成储备点。')])
})

test('numbered headings renumber when a heading is added or removed', async ({ app }) => {
  const { page } = app
  await openArticle(
    app,
    article({ title: '公文' }, [
      heading(1, '甲'),
      paragraph('正文'),
      heading(1, '乙'),
      heading(2, '乙一'),
      heading(1, '丙'),
    ]),
  )
  const labels = () =>
    page.locator('.bx-heading').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')))
  expect(await labels()).toEqual(['一、', '二、', '（一）', '三、'])
  await caretIn(blocks(page).nth(1))
  await page.getByLabel('段落样式').selectOption({ label: '一级标题 一、' })
  expect(await labels()).toEqual(['一、', '二、', '三、', '（一）', '四、'])
  await page.keyboard.press('Control+z')
  expect(await labels()).toEqual(['一、', '二、', '（一）', '三、'])
})

test('two selected paragraphs become one two-line section heading', async ({ app }) => {
  const { page } = app
  const path = await openArticle(
    app,
    article({ title: '插题' }, [
      paragraph('筑牢战斗堡垒'),
      paragraph('为乡村振兴添动力'),
      paragraph('正文。'),
    ]),
  )
  await caretIn(blocks(page).nth(0), 'start')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+End')
  await page.waitForTimeout(150)
  await page.getByLabel('段落样式').selectOption({ label: '插题（小标题）' })
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks[0]).toMatchObject({
    type: 'section-heading',
    children: [{ children: [{ text: '筑牢战斗堡垒' }] }, { children: [{ text: '为乡村振兴添动力' }] }],
  })
  expect(saved.article.blocks).toHaveLength(2)
})

test('Ctrl+B/I/U and 着重号 mark text; Ctrl+Z and Ctrl+Y undo and redo', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '格式' }, [paragraph('重要通知发布')]))
  const p = blocks(page).nth(0)
  await caretIn(p, 'start')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Control+b')
  await expect(p.locator('strong')).toHaveText('重要')
  await page.keyboard.press('Control+i')
  await page.keyboard.press('Control+u')
  await page.getByRole('button', { name: '着重号（字下加点）' }).click()
  await expect(p.locator('.bx-emphasis')).toHaveText('重要')
  await expect(page.getByRole('button', { name: '加粗（Ctrl+B）' })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Control+z')
  await expect(p.locator('.bx-emphasis')).toHaveCount(0)
  await page.keyboard.press('Control+y')
  await expect(p.locator('.bx-emphasis')).toHaveText('重要')
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks[0]).toEqual(
    paragraph([
      text('重要', { bold: true, italic: true, underline: true, emphasis: true }),
      text('通知发布'),
    ]),
  )
})

test('Ctrl+Z undoes typing back to the last pause, as in Word', async ({ app }) => {
  const { page } = app
  await openArticle(app, article({ title: '撤销' }, [paragraph('')]))
  await caretIn(blocks(page).nth(0))
  await typeWithIme(page, ['jin', 'jintian'], '今天')
  await page.waitForTimeout(1200)
  await typeWithIme(page, ['tian', 'tianqi'], '天气')
  await typeWithIme(page, ['hen', 'henhao'], '很好')
  await expect(blocks(page).nth(0)).toHaveText('今天天气很好')
  await page.keyboard.press('Control+z')
  await expect(blocks(page).nth(0)).toHaveText('今天')
  await page.keyboard.press('Control+z')
  await expect.poll(() => textOf(blocks(page).nth(0))).toBe('')
  await page.keyboard.press('Control+Shift+z')
  await expect(blocks(page).nth(0)).toHaveText('今天')
})

test('发布时间 shows 2020-08-03 16:26 whatever the locale and keeps a date without a time; 关键词 split on 、', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '信息', publishedAt: '2020-08-03T08:26:27Z' }, [paragraph('正文')]))
  const field = page.locator('[data-field="publishedAt"]')
  await expect(field).toHaveValue('2020-08-03 16:26')
  await field.fill('2020-08-03')
  await field.blur()
  await expect(field).toHaveValue('2020-08-03')
  await field.fill('下周一')
  await field.blur()
  await expect(page.getByRole('alert').filter({ hasText: '无法识别' })).toBeVisible()
  await field.fill('2020-08-03 16:26')
  await page.locator('[data-field="keywords"]').fill('乡村振兴、基层党建，脱贫攻坚')
  await page.locator('[data-field="author"]').fill('颜慧')
  const saved = await saveAndRead(app, path)
  expect(saved.article.meta).toMatchObject({
    publishedAt: '2020-08-03T16:26+08:00',
    keywords: ['乡村振兴', '基层党建', '脱贫攻坚'],
    author: '颜慧',
  })
})

test('an empty title is flagged', async ({ app }) => {
  const { page } = app
  await openArticle(app, article({ title: '有标题' }, [paragraph('正文')]))
  await page.locator('[data-field="title"]').fill('')
  await expect(page.getByRole('alert')).toHaveText('标题不能为空')
  await expect(page.locator('[data-field="title"]')).toHaveAttribute('aria-invalid', 'true')
})

test('a new document is not flagged before any typing, and is not called saved', async ({ app }) => {
  const { page } = app
  await page.locator('[data-command="new"]').click()
  await expect(page.getByTestId('status-file')).toHaveText('未命名.banxin')
  await expect(page.locator('[data-field="title"]')).toBeFocused()
  await expect(page.getByText('标题不能为空')).toHaveCount(0)
  await expect(page.locator('[data-field="title"]')).toHaveAttribute('aria-invalid', 'false')
  await expect(page.getByTestId('status-saved')).toHaveText('未保存')
  await page.screenshot({ path: 'test-results/screens/editor-new-document.png' })
  await page.locator('.bx-paragraph').first().click()
  await expect(page.getByText('标题不能为空'), 'passing through the empty title is not an error').toHaveCount(0)
  // Typing a title and deleting it again is.
  await page.locator('[data-field="title"]').click()
  await page.keyboard.type('标')
  await page.keyboard.press('Backspace')
  await expect(page.getByRole('alert')).toHaveText('标题不能为空')
})

test('摘要 and 关键词 grow to show everything typed in them', async ({ app }) => {
  const { page } = app
  await openArticle(app, article({ title: '信息' }, [paragraph('正文')]))
  const summary = '河川市把群众“急难愁盼”问题作为民生实事的出发点和落脚点，在社区养老、便民服务、老旧小区改造等领域持续发力，一件接着一件办，一年接着一年干，让改革发展成果更多更公平地惠及全市群众。'
  const keywords = '民生实事、社区养老、便民服务、老旧小区改造、一件事一次办、适老化改造、乡村振兴'
  await page.locator('[data-field="summary"]').fill(summary)
  await page.locator('[data-field="keywords"]').fill(keywords)
  for (const field of ['summary', 'keywords']) {
    const shown = await page.locator(`[data-field="${field}"]`).evaluate((el) => ({
      hiddenX: el.scrollWidth - el.clientWidth,
      hiddenY: el.scrollHeight - el.clientHeight,
      lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)),
    }))
    expect(shown.hiddenX, `${field}: nothing cut off at the side`).toBeLessThanOrEqual(1)
    expect(shown.hiddenY, `${field}: nothing cut off below`).toBeLessThanOrEqual(1)
    expect(shown.lines, `${field}: wraps onto more lines`).toBeGreaterThanOrEqual(2)
  }
  await page.locator('.bx-title-block').screenshot({ path: 'test-results/screens/editor-meta-fields.png' })
  await page.locator('[data-field="summary"]').press('Enter')
  await expect(page.locator('[data-field="summary"]'), 'Enter moves on rather than breaking the summary').toHaveValue(summary)
})
