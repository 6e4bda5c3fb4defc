import { describe, expect, it } from 'vitest'
import { inlineText } from '../../model/text'
import { importDraft, importPlainText } from '../import-draft'
import { EPAPER_PAGE } from '../testing/epaper-page'
import { plainTextItems, type SourceItem } from '../source-item'
import { weekdayDate } from '../recognise/line-shapes'
import { isPageNavigation, pageLabel, paperName } from './page-furniture'
import { splitArticles } from './split-articles'
import { isBylineLine, storyStarts } from './story-start'

const split = (lines: string[]) => splitArticles(plainTextItems(lines.join('\n')))
const firstLines = (items: readonly SourceItem[]) =>
  items.flatMap((i) => (i.kind === 'text' ? [inlineText(i.inlines).trim()] : []))[0]

describe('page furniture', () => {
  it.each([
    ['第3版（要闻）', '3', '要闻'],
    ['第04版:', '4', undefined],
    ['00017版:美丽乡村', '17', '美丽乡村'],
    ['A2:综合*新闻总第3307期 >2018-09-14编印', 'A2', '综合'],
    ['1886 期 / 第2版:2', '2', undefined],
    ['第11版:专版 上一版3  4下一版', '11', '专版'],
  ])('reads the page label %s', (line, number, name) => {
    expect(pageLabel(line)).toEqual({ text: line, number, ...(name ? { name } : {}) })
  })
  it.each(['本报第3版刊发了这篇报道。', '版权所有 柳溪日报社', '第一版的头条是什么'])(
    '%s is no page label',
    (line) => {
      expect(pageLabel(line)).toBeUndefined()
    },
  )
  it('knows the page navigation, the paper name and the issue date', () => {
    expect(isPageNavigation('上一版 下一版')).toBe(true)
    expect(isPageNavigation('3 上一篇 放大 缩小 默认')).toBe(true)
    expect(isPageNavigation('2024')).toBe(false)
    expect(paperName('柳溪日报 数字报')).toBe('柳溪日报')
    expect(paperName('要闻简报')).toBeUndefined()
    expect(paperName('县里召开年度工作汇报')).toBeUndefined()
    expect(weekdayDate('2025年11月4日 星期二')).toBe('2025-11-04')
    expect(weekdayDate('2025年2月30日')).toBeUndefined()
  })
})

describe('story starts', () => {
  it('finds a headline stack right above a byline or a 电头, not a section heading', () => {
    expect(isBylineLine('■文/图 本报记者 朱红')).toBe(true)
    expect(isBylineLine('本报记者近日走访了多个社区。')).toBe(false)
    const lines = [
      '河畔新村变了样',
      '本报记者 林晓',
      '村里的路宽了，灯亮了。',
      '小标题',
      '正文继续，说了很多事情。',
      '（完）',
      '第二篇的引题',
      '第二篇的主题',
      '本报讯（记者 许安）今天上午，会议召开。',
    ]
    expect(storyStarts(lines)).toEqual([0, 6])
  })

  it('finds one story where the byline is printed above the headline as well as under it', () => {
    expect(storyStarts(['2025年3月4日 星期二', '本报记者 林晓', '河畔新村变了样', '本报记者 林晓', '村里的路宽了，灯亮了。'])).toEqual([2])
  })
})

describe('splitArticles', () => {
  it('splits an e-paper page into its three stories and sets the page label, paper name, navigation and date apart', () => {
    const page = splitArticles(plainTextItems(EPAPER_PAGE))
    expect(page.kind).toBe('stories')
    expect(page.articles.map((a) => firstLines(a.items))).toEqual([
      '柳溪县首条城乡公交环线开通',
      '冬储菜上市　价格稳中有降',
      '守护一江清水',
    ])
    expect(page.label).toEqual({ text: '第3版（要闻）', number: '3', name: '要闻' })
    expect(page.date).toBe('2025-11-04')
    expect(page.paper).toBe('柳溪日报')
    expect(page.none.map((n) => n.text)).toEqual([
      '柳溪日报 数字报',
      '第3版（要闻）',
      '上一版 下一版',
      '2025年11月4日 星期二',
    ])
    expect(page.none.every((n) => n.reason.startsWith('电子报'))).toBe(true)
  })

  it('keeps a portal article with a byline and section headings whole', () => {
    const page = split([
      '首页 > 新闻中心',
      '河湾区老旧小区改造完工',
      '发布时间：2025-03-18　来源：河湾区融媒体中心',
      '本报记者 林晓',
      '  今年以来，河湾区完成老旧小区改造十二个，惠及居民三千余户。',
      '居民点单',
      '  改造内容由居民投票决定，加装电梯、修补屋面排在前列。',
      '部门接单',
      '  各部门按清单分工，倒排工期，确保年底前全部完工。',
    ])
    expect(page.kind).toBe('single')
    expect(page.articles).toHaveLength(1)
  })

  it('splits a roundup of briefs under its heading, each brief taking the shared date line, the heading as its column', () => {
    const page = split([
      '第2版（综合）',
      '乡镇快讯',
      '刊发日期：2025-11-04',
      '  近日，青石镇组织干部群众清理河道垃圾，共清运垃圾二十余吨，河道面貌焕然一新。',
      '  柳林乡举办农民丰收节，展销土特产品一百余种，吸引周边群众前来选购。',
      '  白水镇为辖区八十岁以上老人免费体检，发放健康手册五百余册。',
    ])
    expect(page.kind).toBe('briefs')
    expect(page.articles).toHaveLength(3)
    expect(page.articles.every((a) => a.column === '乡镇快讯')).toBe(true)
    expect(page.articles.map((a) => a.items.length)).toEqual([2, 2, 2])
  })

  it('splits bulleted briefs on a labelled page without a heading, but not a bulleted list in a portal article', () => {
    const briefs = [
      '第5版：县域',
      '◆青石镇组织干部群众清理河道垃圾，共清运垃圾二十余吨。',
      '◆柳林乡举办农民丰收节，展销土特产品一百余种。',
    ]
    expect(split(briefs).articles).toHaveLength(2)
    expect(split(briefs.slice(1)).kind).toBe('single')
  })
})

describe('importing a multi-article page', () => {
  it('gives each story its own article, the page label to none of them, the issue date to all', async () => {
    const { bundle, report, page } = await importDraft(
      new TextEncoder().encode(EPAPER_PAGE),
      'epaper-page.txt',
    )
    expect(page?.kind).toBe('stories')
    expect(page?.label?.name).toBe('要闻')
    expect(page?.articles.map((a) => a.bundle.article.meta.publishedAt)).toEqual([
      '2025-11-04',
      '2025-11-04',
      '2025-11-04',
    ])
    expect(page?.articles[1]!.bundle.article.meta.title).toBe('冬储菜上市　价格稳中有降')
    // The page read as one article: the label is never its title or a heading, and the report keeps it.
    const everything = JSON.stringify(bundle.article)
    expect(everything).not.toContain('第3版')
    expect(report.dropped).toContainEqual(
      expect.objectContaining({ text: '第3版（要闻）', reason: expect.stringContaining('版面标签') }),
    )
    expect(page?.none.map((n) => n.text)).toContain('第3版（要闻）')
  })

  it('does not take a single e-paper story’s page label as its title or 引题 (defect 5)', () => {
    const { bundle, page } = importPlainText(
      ['第3版（要闻）', '冬储菜上市', '  连日来，县城各农贸市场的冬储菜陆续上市，货源充足。'].join('\n'),
      { document: true },
    )
    expect(page).toBeUndefined()
    expect(bundle.article.meta).toEqual({ title: '冬储菜上市' })
  })
})
