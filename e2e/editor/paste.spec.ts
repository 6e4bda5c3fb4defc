import type { Page } from '@playwright/test'
import { test, expect } from '../harness/fixtures'
import { article, paragraph } from '../../src/core/model/build'
import { blockText } from '../../src/core/model/text'
import { blocks, caretIn, openArticle, saveAndRead } from './helpers'

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
