import type { Page } from '@playwright/test'
import { test, expect } from '../harness/fixtures'
import { article, paragraph } from '../../src/core/model/build'
import { blockText } from '../../src/core/model/text'
import { blocks, body, caretIn, openArticle, saveAndRead, textOf } from './helpers'

/** What Word puts on the clipboard: Office namespaces, mso- styles, <o:p>, conditional comments. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt;} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><!--StartFragment-->
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:黑体;mso-ascii-font-family:"Times New Roman"'>筑牢战斗堡垒<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:14.0pt;font-family:楷体'>为乡村振兴添动力<o:p></o:p></span></p>
<p class=MsoNormal style='text-indent:21.0pt;mso-char-indent-count:2.0'><span style='font-family:宋体'>社区服务站把<b>便民事项</b>搬到家门口，群众办事更方便。<o:p></o:p></span></p>
<![if !supportLists]><p class=MsoNormal style='text-indent:21.0pt'><span lang=EN-US>2026</span><span style='font-family:宋体'>年共办理事项</span><span lang=EN-US>1200</span><span style='font-family:宋体'>件。<o:p></o:p></span></p><![endif]>
<p class=MsoNormal onclick="steal()"><span style='font-family:宋体'>详见<a href="javascript:alert(1)">附表</a>。</span><script>alert('x')</script></p>
<!--EndFragment--></body></html>`

/**
 * What Chromium does on Ctrl+V: a `paste` event, then (unless a handler took it) `beforeinput` of type
 * insertFromPaste carrying the same data. The harness page is not a secure context, so the async
 * clipboard API is out of reach and the events are dispatched with the data a real paste carries.
 */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((items) => {
    const target = document.activeElement!
    const transfer = () => {
      const dt = new DataTransfer()
      for (const [type, value] of Object.entries(items)) dt.setData(type, value)
      return dt
    }
    const pasted = new ClipboardEvent('paste', { clipboardData: transfer(), bubbles: true, cancelable: true })
    if (!target.dispatchEvent(pasted)) return
    target.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: 'insertFromPaste',
        dataTransfer: transfer(),
        bubbles: true,
        cancelable: true,
      }),
    )
  }, data)
}

test('a Word fragment pastes as clean structure: a two-line section heading and body paragraphs', async ({
  app,
}) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '粘贴' }, [paragraph('开头。'), paragraph('')]))
  await caretIn(blocks(page).nth(1))
  await paste(page, {
    'text/html': WORD_HTML,
    'text/plain': '筑牢战斗堡垒\n为乡村振兴添动力\n社区服务站把便民事项搬到家门口，群众办事更方便。',
  })
  await expect(page.locator('.bx-section-heading')).toHaveCount(1)
  await page.screenshot({ path: 'test-results/screens/editor-paste-word.png' })
  const saved = await saveAndRead(app, path)
  const json = JSON.stringify(saved.article)
  expect(json).not.toMatch(/mso-|MsoNormal|<o:p>|steal|alert|javascript/)
  expect(saved.article.blocks.map(blockText)).toEqual([
    '开头。',
    '筑牢战斗堡垒\n为乡村振兴添动力',
    '社区服务站把便民事项搬到家门口，群众办事更方便。',
    '2026年共办理事项1200件。',
    '详见附表。',
  ])
  const withBold = saved.article.blocks[2]!
  expect(withBold.type === 'paragraph' && withBold.children.find((c) => c.bold)?.text).toBe('便民事项')
})

test('plain text pastes as paragraphs split at blank lines and indents; one line pastes inline', async ({
  app,
}) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '粘贴' }, [paragraph('开头。')]))
  await caretIn(blocks(page).nth(0))
  await paste(page, { 'text/plain': '（短句）' })
  await expect(blocks(page)).toHaveCount(1)
  await page.keyboard.press('Enter')
  await paste(page, {
    'text/plain':
      '第一段文字，讲的是社区里的新鲜事。\n\n第二段文字，接着往下说。\n　　第三段用全角空格缩进开头。',
  })
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map(blockText)).toEqual([
    '开头。（短句）',
    '第一段文字，讲的是社区里的新鲜事。',
    '第二段文字，接着往下说。',
    '第三段用全角空格缩进开头。',
  ])
})

test('text copied from a PDF, cut into lines of equal width, pastes as whole paragraphs', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '粘贴' }, [paragraph('开头。')]))
  await caretIn(blocks(page).nth(0))
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  const first = '　　冬至前后，老城区的社区食堂推出了饺子套餐，八十岁以上的老人凭卡还能再减两元，每天中午都坐得满满当当。'
  const second = '　　食堂负责人说，菜单每周由居民投票决定，既照顾口味，也兼顾营养，下个月还将开通送餐上门服务。'
  const cut = (p: string) => [...p].reduce<string[]>((lines, ch, i) => (i % 20 ? lines.with(-1, lines.at(-1)! + ch) : [...lines, ch]), [])
  await paste(page, { 'text/plain': [...cut(first), ...cut(second)].join('\n') })
  const saved = await saveAndRead(app, path)
  expect(saved.article.blocks.map(blockText)).toEqual(['开头。', first.trim(), second.trim()])
})

/** A portal article page copied whole from the browser, written for this test: toolbar, nav, headline, meta, body, footer. */
const PAGE_HTML = `<div class="topbar">无障碍 长者模式 用户登录</div>
<div class="nav">首页 | 新闻中心 | 政务公开 | 办事服务</div>
<h1>河湾区新建三座口袋公园</h1>
<div class="info">发布时间：2025-09-01 10:30 来源：河湾区融媒体中心 【字体：大 中 小】</div>
<p>今年以来，河湾区利用边角地新建了三座口袋公园，附近居民出门就能散步健身。</p>
<p>公园由街道牵头设计，征求了周边三个社区居民的意见，增设了健身器材和儿童游乐设施。</p>
<div class="tools">【打印本页】【关闭窗口】</div>
<div class="pager">上一篇：河湾区举办秋季招聘会</div>`

test('a whole page pasted into an empty document goes through the recogniser: title and meta filled, chrome listed in 导入检查, one undo step (defect 11)', async ({ app }) => {
  const { page } = app
  await page.locator('[data-command="new"]').click()
  await blocks(page).nth(0).click()
  await paste(page, { 'text/html': PAGE_HTML, 'text/plain': '河湾区新建三座口袋公园' })
  const title = page.locator('[data-field="title"]')
  await expect(title).toHaveValue('河湾区新建三座口袋公园')
  await expect(page.locator('[data-field="source"]')).toHaveValue('河湾区融媒体中心')
  await expect(page.locator('[data-field="publishedAt"]')).toHaveValue('2025-09-01 10:30')
  expect(await blocks(page).allTextContents()).toEqual([
    '今年以来，河湾区利用边角地新建了三座口袋公园，附近居民出门就能散步健身。',
    '公园由街道牵头设计，征求了周边三个社区居民的意见，增设了健身器材和儿童游乐设施。',
  ])
  await expect(page.locator('.bx-editor-notice')).toContainText('可在侧栏“导入检查”中查看和恢复')
  await expect(page.getByRole('tab', { name: '导入检查' }).locator('.bx-tab-count')).toHaveText('5')
  await page.getByRole('tab', { name: '导入检查' }).click()
  const dropped = page.getByTestId('review-dropped')
  await expect(dropped.filter({ hasText: '【打印本页】【关闭窗口】' })).toHaveCount(1)
  await expect(dropped.filter({ hasText: '上一篇：河湾区举办秋季招聘会' })).toHaveCount(1)
  await expect(page.getByTestId('review-panel')).toContainText('导入自「粘贴的内容」')
  await page.screenshot({ path: 'test-results/screens/editor-paste-page.png' })

  await page.getByRole('button', { name: '撤销', exact: true }).click()
  await expect(title).toHaveValue('')
  await expect(blocks(page)).toHaveCount(1)
  expect(await textOf(body(page))).toBe('')
  await expect(page.getByTestId('review-panel')).toContainText('不是从草稿导入的')
})

test('a page pasted into a document with text stays a body paste, and the chrome it left out is listed', async ({ app }) => {
  const { page } = app
  const path = await openArticle(app, article({ title: '已有标题' }, [paragraph('已有的一段。')]))
  await caretIn(blocks(page).nth(0))
  await paste(page, { 'text/html': PAGE_HTML, 'text/plain': '河湾区新建三座口袋公园' })
  await expect(page.locator('[data-field="title"]')).toHaveValue('已有标题')
  const text = (await blocks(page).allTextContents()).join('\n')
  expect(text).toContain('今年以来，河湾区利用边角地新建了三座口袋公园')
  expect(text).not.toMatch(/打印本页|上一篇|长者模式/)
  await page.getByRole('tab', { name: '导入检查' }).click()
  await expect(page.getByTestId('review-dropped').filter({ hasText: '【打印本页】【关闭窗口】' })).toHaveCount(1)
  const saved = await saveAndRead(app, path)
  expect(saved.review?.dropped.map((d) => d.text)).toContain('【打印本页】【关闭窗口】')
})
