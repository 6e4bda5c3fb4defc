import { test, expect } from '../harness/fixtures'
import { typeWithIme } from '../harness/app'
import { article, paragraph, sectionHeading, text } from '../../src/core/model/build'
import { blocks, body, caretIn, openArticle, saveAndRead, textOf } from './helpers'

/** Composition is the normal way of typing here (design §3): each case commits through CDP IME events. */

const doc = () =>
  article({ title: '输入测试' }, [
    sectionHeading('筑牢战斗堡垒'),
    paragraph('服务中心今天开门迎客。'),
    paragraph([text('新闻：'), text('人民日报', { bold: true }), text('报道。')]),
    paragraph('第四段'),
  ])

test('types 为乡村振兴添动力 by composition into a new sub-heading line', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, doc())
  const heading = page.locator('.bx-section-heading').first()
  await caretIn(heading.locator('.bx-heading-main'))
  await page.keyboard.press('Enter')
  await expect(heading.locator('.bx-heading-sub')).toHaveCount(1)
  await typeWithIme(
    page,
    [
      'w',
      'wei',
      'wei xiang',
      'wei xiang cun',
      'wei xiang cun zhen xing',
      'wei xiang cun zhen xing tian dong li',
    ],
    '为乡村振兴添动力',
  )
  await expect(heading.locator('.bx-heading-sub')).toHaveText('为乡村振兴添动力')
  await expect(heading.locator('.bx-heading-main')).toHaveText('筑牢战斗堡垒')

  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks[0]).toEqual(sectionHeading('筑牢战斗堡垒', '为乡村振兴添动力'))
  expect(saved.article.blocks).toHaveLength(4)
})

test('composes at the start and the end of a paragraph', async ({ app }) => {
  const { page } = app
  await openArticle(app, doc())
  const p = blocks(page).nth(1)
  await caretIn(p, 'start')
  await typeWithIme(page, ['jin', 'jinnian'], '今年')
  await caretIn(p, 'end')
  await typeWithIme(page, ['w', 'wan'], '完')
  await expect(p).toHaveText('今年服务中心今天开门迎客。完')
})

test('composes next to a bold run and inside it, keeping order and marks', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, doc())
  const p = blocks(page).nth(2)
  // Right after 「新闻：」, before the bold run.
  await caretIn(p, 'start')
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  await typeWithIme(page, ['ben', 'benbao'], '本报')
  // Inside the bold run: after 「人民」.
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight')
  await typeWithIme(page, ['zhong', 'zhongyang'], '中央')
  await expect(p).toHaveText('新闻：本报人民中央日报报道。')
  await expect(p.locator('strong')).toHaveText('人民中央日报')
  const saved = await saveAndRead(app, path)
  const inlines = saved.article.blocks[2]!.type === 'paragraph' ? saved.article.blocks[2]!.children : []
  expect(inlines.map((i) => i.text).join('')).toBe('新闻：本报人民中央日报报道。')
  expect(
    inlines
      .filter((i) => i.bold)
      .map((i) => i.text)
      .join(''),
  ).toBe('人民中央日报')
})

test('composition over a selection replaces it', async ({ app }) => {
  const { page } = app
  await openArticle(app, doc())
  const p = blocks(page).nth(3)
  await caretIn(p, 'start')
  await page.keyboard.press('Shift+End')
  await typeWithIme(page, ['di', 'diwu', 'diwu duan'], '第五段')
  await expect(p).toHaveText('第五段')
  await expect(body(page)).not.toContainText('第四段')
})

test('composes after Enter into the new paragraph', async ({ app }) => {
  const { page } = app
  await openArticle(app, doc())
  await caretIn(blocks(page).nth(3))
  await page.keyboard.press('Enter')
  await typeWithIme(page, ['xin', 'xinde'], '新的')
  await typeWithIme(page, ['yi', 'yiduan'], '一段')
  await expect(blocks(page)).toHaveCount(5)
  await expect(blocks(page).nth(4)).toHaveText('新的一段')
  await expect(blocks(page).nth(3)).toHaveText('第四段')
})

test('composes in the title, kicker and byline fields', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, doc())
  const title = page.locator('[data-field="title"]')
  await title.click()
  await page.keyboard.press('End')
  await typeWithIme(page, ['gong', 'gongzuo'], '工作')
  await expect(title).toHaveValue('输入测试工作')
  await page.locator('[data-field="kicker"]').click()
  await typeWithIme(page, ['yin', 'yinti'], '引题')
  await expect(page.locator('[data-field="kicker"]')).toHaveValue('引题')
  await page.locator('[data-field="byline"]').click()
  await typeWithIme(page, ['ben', 'benbaoxun'], '本报讯')
  await expect(page.locator('[data-field="byline"]')).toHaveValue('本报讯')
  const saved = await saveAndRead(app, path)
  expect(saved.article.meta).toMatchObject({ title: '输入测试工作', kicker: '引题', byline: '本报讯' })
})

test('while composing, find highlights and the toolbar hold still and the text node is never replaced', async ({
  app,
}) => {
  const { page } = app
  await openArticle(app, doc())
  await page.keyboard.press('Control+f')
  await page.getByLabel('查找内容').fill('服务中心')
  await expect(body(page).locator('.bx-find-match')).toHaveCount(1)
  const p = blocks(page).nth(1)
  await caretIn(p)
  await p.evaluate((el) => {
    const w = window as unknown as { __node: Node | null }
    w.__node = el.querySelector('[data-slate-string]')?.firstChild ?? null
  })
  const cdp = await page.context().newCDPSession(page)
  for (const step of ['f', 'fu', 'fuwu', 'fuwu zhongxin']) {
    await cdp.send('Input.imeSetComposition', {
      text: step,
      selectionStart: step.length,
      selectionEnd: step.length,
    })
    const same = await p.evaluate((el) => {
      const w = window as unknown as { __node: Node | null }
      return !!w.__node?.isConnected && el.contains(w.__node)
    })
    expect(same, `the text node the IME holds survives step 「${step}」`).toBe(true)
  }
  await cdp.send('Input.insertText', { text: '服务中心' })
  await cdp.detach()
  await expect(p).toHaveText('服务中心今天开门迎客。服务中心')
  await expect(body(page).locator('.bx-find-match')).toHaveCount(2)
  expect(await textOf(body(page))).toContain('报道。第四段')
})
