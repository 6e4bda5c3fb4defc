import { test, expect } from '../harness/fixtures'
import { article, heading, paragraph, quote, sectionHeading, text } from '../../src/core/model/build'
import { caretIn, openArticle } from './helpers'
import { inkBands } from '../support/ink'

/** Screens for people to look at (test-results/screens); the assertions only make sure they show something. */

test('the editor on the example: toolbar, outline, title block and body', async ({ app }) => {
  const { page } = app
  await expect(page.locator('[data-field="title"]')).toHaveValue('办好民生实事　绘就幸福底色')
  await expect(page.getByRole('toolbar', { name: '编辑工具栏' })).toBeVisible()
  await expect(page.getByTestId('outline')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/editor-example.png' })
  await caretIn(page.locator('.bx-section-heading').nth(1).locator('.bx-heading-main'))
  await page.getByRole('tab', { name: '插题样式', exact: true }).click()
  await page.screenshot({ path: 'test-results/screens/editor-gallery.png' })
  await page.getByRole('tab', { name: '字数', exact: true }).click()
  await page.screenshot({ path: 'test-results/screens/editor-count.png' })
})

test('a 公文-style document with every kind of block', async ({ app }) => {
  const { page } = app
  await openArticle(
    app,
    article(
      { title: '关于做好社区服务工作的通知', kicker: '市民政局文件', byline: '本报讯（记者 林晓川）' },
      [
        paragraph('为进一步做好社区服务工作，现将有关事项通知如下。', 'lead'),
        heading(1, '总体要求'),
        paragraph([
          text('坚持以人民为中心，'),
          text('把服务送到家门口', { bold: true }),
          text('，让群众'),
          text('少跑腿', { emphasis: true }),
          text('。'),
        ]),
        heading(2, '工作目标'),
        paragraph('到年底，每个社区都有一处便民服务站。'),
        heading(1, '主要任务'),
        sectionHeading('织密服务网络', '为社区养老添温度', 'left-rule'),
        quote('“以前办事要跑好几趟，现在楼下就能办。”'),
        paragraph('附件：社区服务站名单', 'attachment'),
        paragraph('市民政局', 'signoff'),
        paragraph('2026年3月16日', 'signoff'),
      ],
    ),
  )
  await page.screenshot({ path: 'test-results/screens/editor-gongwen.png', fullPage: false })
  await page.locator('.bx-editor-scroll').evaluate((el) => el.scrollBy(0, 400))
  await page.screenshot({ path: 'test-results/screens/editor-gongwen-body.png' })
})

test('the 着重号 button draws its dots under the label, clear of it, whatever CJK font the system gives the UI', async ({ app }) => {
  const { page } = app
  const button = page.getByRole('button', { name: '着重号（字下加点）' })
  for (const font of ['', '"Noto Sans CJK SC"', '"Noto Serif CJK SC"']) {
    await button.evaluate((b: HTMLElement, f) => (b.style.fontFamily = f), font)
    const bands = await inkBands(button)
    const label = bands[0]!
    const dots = bands[bands.length - 1]!
    expect(bands.length, `${font || 'default font'}: the dots are a band of their own`).toBeGreaterThanOrEqual(2)
    expect(dots.top - label.bottom, `${font || 'default font'}: a clear gap between label and dots`).toBeGreaterThanOrEqual(3)
    const height = await button.evaluate((b) => b.getBoundingClientRect().height)
    expect(dots.bottom, 'the dots stay inside the button').toBeLessThan(height - 2)
  }
  await button.screenshot({ path: 'test-results/screens/editor-emphasis-button.png' })
})
