import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { article, heading, image, paragraph, quote, sectionHeading } from '../model/build'
import type { Article } from '../model/article'
import { exampleArticle, teaFeatureArticle } from './testing/articles'
import { allAttributes, elements, parseHtml, shownText } from './testing/dom'
import { DEFAULT_PROFILE } from './builtin-profiles'
import { visibleText } from './html'
import { renderPortalPage } from './render-page'

const render = (a: Article, extra: Partial<Parameters<typeof renderPortalPage>[1]> = {}) =>
  renderPortalPage(a, { profile: DEFAULT_PROFILE, imageSrc: (id) => `images/${id}.jpg`, ...extra })

const tea = teaFeatureArticle()
const page = render(tea)

function metaContent(html: string, name: string): string | undefined {
  return elements(html).find((e) => e.name === 'meta' && e.attribs.name === name)?.attribs.content
}

function textOf(html: string, selector: (e: ReturnType<typeof elements>[number]) => boolean): string[] {
  return elements(html).filter(selector).map(shownText)
}

describe('portal article page', () => {
  it('carries the 《网页设计规范》 meta tags for the CMS and search', () => {
    expect(metaContent(page, 'ArticleTitle')).toBe('山乡茶园　春来满目新')
    expect(metaContent(page, 'PubDate')).toBe('2026-04-08 10:15')
    expect(metaContent(page, 'ContentSource')).toBe('河川日报')
    expect(metaContent(page, 'Author')).toBe('苏远航 何婧')
    expect(metaContent(page, 'Keywords')).toBe('茶产业,乡村振兴,青石镇')
    expect(metaContent(page, 'Description')).toMatch(/^青石镇依托山地资源/)
    expect(metaContent(page, 'SiteName')).toBe('示例市人民政府门户网站')
    expect(metaContent(page, 'SiteIDCode')).toBe('0000000000')
    expect(metaContent(page, 'ColumnName')).toBe('河川要闻')
  })

  it('shows 引题, 主题 and 副题 in order, with the title as the only <h1>', () => {
    const block = textOf(page, (e) => e.attribs.class === 'title-block')[0]
    expect(block?.replace(/\n/g, '')).toBe('产业帮扶见实效山乡茶园　春来满目新——青石镇发展特色茶产业助农增收纪实')
    expect(elements(page).filter((e) => e.name === 'h1')).toHaveLength(1)
  })

  it('shows the meta line as 发布时间 YYYY-MM-DD HH:MM, 作者, 来源', () => {
    expect(textOf(page, (e) => e.attribs.class === 'meta')).toEqual(['发布时间：2026-04-08 10:15作者：苏远航 何婧来源：河川日报'])
  })

  it('offers 字号 大/中/小 as radio buttons and CSS, so it works with scripts disabled', () => {
    const radios = elements(page).filter((e) => e.name === 'input' && e.attribs.name === 'font-size')
    expect(radios.map((r) => r.attribs.value)).toEqual(['large', 'medium', 'small'])
    expect(radios.filter((r) => 'checked' in r.attribs).map((r) => r.attribs.value)).toEqual(['medium'])
    expect(page).toContain('.article:has(#font-large:checked) .article-body{font-size:20px}')
    expect(render(tea, { fontSize: 'large' })).toMatch(/id="font-large" value="large" checked/)
    expect(page).not.toMatch(/<script|\son[a-z]+=/i)
  })

  it('shows the breadcrumb with the column, and 责任编辑 after the body', () => {
    expect(textOf(page, (e) => e.attribs.class === 'breadcrumb')).toEqual(['当前位置：首页河川要闻正文'])
    expect(textOf(page, (e) => e.attribs.class === 'editor')).toEqual(['责任编辑：陈立'])
  })

  it('has a print stylesheet for A4 that hides the site chrome and keeps the article', () => {
    expect(page).toMatch(/@media print\{\n@page\{size:A4;/)
    expect(page).toMatch(/\.skip-link,\.site-header,\.breadcrumb,\.font-switch,\.editor,\.site-footer\{display:none\}/)
  })

  it('lays out for phones with a viewport meta and a narrow-screen media query', () => {
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(page).toContain('@media (max-width:720px)')
  })

  it('lists the footer items government site checks look for', () => {
    const footer = textOf(page, (e) => e.attribs.class === 'site-footer')[0]!
    for (const item of ['网站地图', '主办单位：示例市人民政府办公室', '承办/维护单位：示例市大数据中心', '地址：', '邮编：000000', '联系电话：', '网站标识码：0000000000', '示ICP备00000000号', '示公网安备00000000000000号'])
      expect(footer).toContain(item)
  })

  it('shows the 党政机关标识 and 找错 placeholders only in the in-app preview', () => {
    expect(page).not.toMatch(/党政机关标识|找错/)
    const preview = render(tea, { templatePlaceholders: true })
    expect(preview).toContain('党政机关标识（门户模板提供）')
    expect(preview).toContain('我为政府网站找错（门户模板提供）')
  })

  it('offers 无障碍 and 长者模式 entries in the header', () => {
    expect(textOf(page, (e) => e.attribs.class === 'entries')).toEqual(['无障碍长者模式'])
  })

  it('shows the body the CMS fragment shows, inside .article-body', () => {
    const body = elements(page).find((e) => e.attribs.class === 'article-body')!
    expect(shownText(body)).toContain('选准一片叶\n为产业发展找准路子')
    expect(exampleArticle().blocks.length).toBeGreaterThan(0)
  })

  it('marks body elements with their article block only for the app preview (a run-in heading shares its paragraph)', () => {
    const a = article({ title: '锚点' }, [
      paragraph('导语。', 'lead'),
      paragraph(''),
      heading(2, '总体要求。', true),
      paragraph('坚持问题导向。'),
      image('pic', '图', '图注'),
    ], { pic: { mime: 'image/png', name: 'p.png' } })
    const anchors = (html: string) => elements(html).filter((e) => 'data-block' in e.attribs).map((e) => `${e.name}:${e.attribs['data-block']}`)
    expect(anchors(render(a, { blockAnchors: true }))).toEqual(['p:0', 'p:2', 'p:4'])
    expect(anchors(render(a))).toEqual([])
  })
})

describe('nothing from the input can run or leave the page', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "javascript:alert('x')",
    '</title><style>body{display:none}</style>',
    '&amp; &lt;b&gt; &#x3c;',
    'https://tracker.example/pixel.png',
  ]
  const attacked = article(
    { title: hostile[1]!, kicker: hostile[3], subtitle: hostile[0], author: hostile[2], source: hostile[4], editor: hostile[5], summary: hostile[1], keywords: hostile, column: hostile[0] },
    [paragraph(hostile[0]!), heading(1, hostile[1]!), sectionHeading(hostile[2]!, hostile[3]), quote(hostile[4]!), image('a', hostile[1]!, hostile[0], hostile[5])],
    { a: { mime: 'image/png', name: hostile[0]! } },
  )
  const profile = { ...DEFAULT_PROFILE, siteName: hostile[0]!, nav: [hostile[2]!], footer: { ...DEFAULT_PROFILE.footer, sponsor: hostile[1]!, address: hostile[3] } }

  for (const src of ['images/01.png', 'javascript:alert(1)', 'https://tracker.example/a.png', 'data:image/svg+xml,<svg onload=alert(1)>']) {
    it(`with imageSrc → ${src}`, () => {
      const html = renderPortalPage(attacked, { profile, imageSrc: () => src, templatePlaceholders: true })
      const els = elements(html)
      expect(els.filter((e) => e.name === 'script' || e.name === 'iframe' || e.name === 'object')).toEqual([])
      expect(els.filter((e) => e.name === 'style')).toHaveLength(1)
      for (const [el, name, value] of allAttributes(html)) {
        expect(name, `<${el} ${name}>`).not.toMatch(/^on/i)
        if (name === 'href') expect(value).toMatch(/^#[\w-]*$/)
        if (name === 'src') expect(value).toBe('images/01.png')
        if (name === 'style') expect(value).not.toMatch(/url\(|expression|@import/i)
        expect(['action', 'formaction', 'srcset', 'poster', 'background', 'http-equiv']).not.toContain(name)
      }
    })
  }

  it('escapes text exactly once: what was typed is what the page shows', () => {
    const html = renderPortalPage(attacked, { profile, imageSrc: () => undefined })
    const doc = parseHtml(html)
    const h1 = elements(html).find((e) => e.name === 'h1')!
    expect(shownText(h1)).toBe(hostile[1])
    expect(shownText(doc)).toContain(hostile[4])
    expect(elements(html).find((e) => e.name === 'title')!.children.map(shownText).join('')).toContain(hostile[1])
  })

  it('keeps any typed paragraph text intact and inert (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', '中', ' ', '/', '=', ';', '#', 'x', '\u0000', '\n') }), (typed) => {
        fc.pre(typed.trim() !== '' && visibleText(typed).trim() !== '')
        const html = render(article({ title: 't' }, [paragraph(typed)]))
        const body = elements(html).find((e) => e.attribs.class === 'article-body')!
        expect(shownText(body).replace(/^\n|\n$/g, '')).toBe(visibleText(typed))
        expect(elements(html).filter((e) => e.name === 'script')).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
