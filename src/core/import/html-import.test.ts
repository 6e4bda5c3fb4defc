import { describe, expect, it } from 'vitest'
import { blockText } from '../model/text'
import { importDraft, importHtmlFragment } from './import-draft'
import { PNG_4x3_BASE64 as PNG_4x3 } from './testing/sample-docx'
import { schemaProblems } from './testing/schema-problems'

const texts = (html: string) => importHtmlFragment(html).bundle.article.blocks.map((b) => blockText(b))

describe('pasting HTML', () => {
  it('keeps no script, handler, style, link or external resource — only text, marks and stored images', () => {
    const html = `<style>p{color:red}</style><script>alert(1)</script>
      <p onclick="steal()" style="color:red">第一段<a href="javascript:alert(1)">点我</a>文字。</p>
      <img src="x" onerror="alert(document.cookie)"><iframe src="https://evil.example"></iframe>
      <p><b>加粗</b>与<i>倾斜</i>。</p><img src="data:image/png;base64,${PNG_4x3}" alt="示意图">`
    const { bundle, report } = importHtmlFragment(html)
    const json = JSON.stringify(bundle.article)
    for (const bad of ['alert', 'script', 'onclick', 'onerror', 'javascript', 'color', 'evil', 'href', 'src'])
      expect(json).not.toContain(bad)
    expect(bundle.article.blocks[0]).toMatchObject({ children: [{ text: '第一段点我文字。' }] })
    expect(bundle.article.blocks[1]).toMatchObject({
      children: [
        { text: '加粗', bold: true },
        { text: '与' },
        { text: '倾斜', italic: true },
        { text: '。' },
      ],
    })
    expect(bundle.article.blocks[2]).toMatchObject({ type: 'image', asset: 'img1', alt: '示意图' })
    expect(bundle.article.assets.img1).toEqual({ mime: 'image/png', name: '图片1.png', width: 4, height: 3 })
    expect(report.warnings.join()).toContain('javascript:')
    expect(report.warnings.join()).toContain('外部图片')
  })

  it('strips Word and WPS paste junk and joins Chinese lines Word wrapped in its HTML source', () => {
    const word = `<p class=MsoNormal style='text-indent:24.0pt;mso-char-indent-count:2.0'><span
      style='font-family:宋体;mso-ascii-font-family:Calibri'>近年来，我区把加强基层党建与推进
      乡村振兴结合起来。<o:p></o:p></span></p>
      <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
      <p class=MsoNormal><span lang=EN-US>2024</span><span style='font-family:宋体'>年，全区新建党群服务中心</span><span lang=EN-US>12</span><span style='font-family:宋体'>个。</span></p>
      <p class=MsoNormal><o:p>&nbsp;</o:p></p>`
    expect(texts(word)).toEqual([
      '近年来，我区把加强基层党建与推进乡村振兴结合起来。',
      '2024年，全区新建党群服务中心12个。',
    ])
  })

  it('takes bold from Word and WPS inline styles, and hides what the page hid', () => {
    const { bundle } = importHtmlFragment(
      '<p><span style="font-weight:700">重点</span>工作<span style="display:none">隐藏统计</span></p>',
    )
    expect(bundle.article.blocks[0]).toMatchObject({
      children: [{ text: '重点', bold: true }, { text: '工作' }],
    })
  })

  it('writes a run’s marks in the model’s order however the tags nest, as the schema orders them', () => {
    const { bundle } = importHtmlFragment('<p><i><b>甲</b></i><u><em>乙</em></u>丙</p>')
    expect(Object.keys(bundle.article.blocks[0]!.children[0]!)).toEqual(['text', 'bold', 'italic'])
    expect(schemaProblems(bundle.article)).toEqual([])
  })

  it('flattens a table to one line per row and says so', () => {
    const { bundle, report } = importHtmlFragment(
      '<table><tr><th>品种</th><th>销量</th></tr><tr><td><p>春茶</p></td><td>1200斤</td></tr></table>',
    )
    expect(bundle.article.blocks.map((b) => blockText(b))).toEqual(['品种\u3000销量', '春茶\u30001200斤'])
    expect(report.warnings.join()).toContain('表格已转为文字（2 行')
  })

  it('keeps the numbers of an ordered list as text', () => {
    expect(texts('<ol><li>加强组织领导</li><li>加大资金投入</li></ol>')).toEqual([
      '1.加强组织领导',
      '2.加大资金投入',
    ])
  })
})

describe('importing an HTML page', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>公园改造完成_河湾区政府网</title>
    <meta name="PubDate" content="2024-06-02 10:30"><meta name="ContentSource" content="河湾区园林局"></head>
    <body><nav><a href="/">首页</a><a href="/news">新闻</a></nav>
    <h1>滨江公园完成提升改造</h1><p>6月1日，滨江公园重新向市民开放，新建亲水步道2.4公里。</p>
    <footer>主办：河湾区人民政府办公室</footer></body></html>`
  const bytes = new TextEncoder().encode(page)

  it('uses <h1> for the title and the page’s <meta> tags where the text gives no meta line', async () => {
    const { bundle, report } = await importDraft(bytes, 'page.html')
    expect(schemaProblems(bundle.article)).toEqual([])
    expect(bundle.article.meta).toMatchObject({
      title: '滨江公园完成提升改造',
      source: '河湾区园林局',
      publishedAt: '2024-06-02T10:30+08:00',
    })
    expect(report.format).toBe('html')
    expect(report.dropped.map((d) => d.reason)).toEqual(['网页的导航栏（<nav>）', '网页的页脚（<footer>）'])
  })

  it('detects HTML by content even when the file is named .txt', async () => {
    expect((await importDraft(bytes, 'saved-page.txt')).report.format).toBe('html')
  })

  it('reads a GBK page that declares its charset', async () => {
    const gbk = Uint8Array.from([
      ...new TextEncoder().encode('<html><head><meta charset="gbk"></head><body><h1>'),
      0xc4,
      0xe3,
      0xba,
      0xc3, // 你好
      ...new TextEncoder().encode('</h1><p>'),
      0xca,
      0xc0,
      0xbd,
      0xe7,
      0xa1,
      0xa3, // 世界。
      ...new TextEncoder().encode('</p></body></html>'),
    ])
    const { bundle, report } = await importDraft(gbk, 'old.htm')
    expect(report.encoding).toBe('gb18030')
    expect(bundle.article.meta.title).toBe('你好')
  })
})

describe('importing Markdown', () => {
  it('makes # the title and ## section headings, with raw HTML shown as text, never as markup', async () => {
    const md =
      '# 春茶开采\n\n清晨，茶园里一片忙碌。\n\n## 统一管护\n\n合作社统一收购。<script>alert(1)</script>\n'
    const { bundle, report } = await importDraft(new TextEncoder().encode(md), 'story.md')
    expect(report.format).toBe('md')
    expect(bundle.article.meta.title).toBe('春茶开采')
    expect(bundle.article.blocks.map((b) => b.type)).toEqual(['paragraph', 'section-heading', 'paragraph'])
    expect(blockText(bundle.article.blocks[2]!)).toBe('合作社统一收购。<script>alert(1)</script>')
  })
})
