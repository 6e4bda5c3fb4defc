import { describe, expect, it } from 'vitest'
import type { Article } from '../../model/article'
import { blockText } from '../../model/text'
import { importHtmlFragment } from '../import-draft'

/** Issue 12: a web page's title block when the markup names the title (<h1>), and navigation lists. */

const page = (body: string) => importHtmlFragment(`<html><body>${body}</body></html>`, { document: true })
const roles = (a: Article) =>
  a.blocks.map((b) => `${b.type === 'paragraph' ? (b.role ?? 'body') : b.type}:${blockText(b).trim()}`)
const LEAD = '<p>为做好冬季森林防火工作，现将有关事项通知如下，请认真抓好落实。</p>'

describe('the <h1> title block', () => {
  it('takes the <h1> inside a wrapper as the title', () => {
    const { bundle, report } = page(
      `<div class="article"><h1>柳溪县冬季植树活动启动</h1><p>发布时间：2025-11-20</p>${LEAD}</div>`,
    )
    expect(bundle.article.meta.title).toBe('柳溪县冬季植树活动启动')
    expect(report.guesses.find((g) => g.as.startsWith('主题'))?.reason).toContain('<h1>')
  })

  it('reads the meta line under a 公文 masthead printed below the <h1>, and the 主送机关 after it', () => {
    const { bundle, report } = page(
      '<h1>关于做好冬季森林防火工作的通知</h1><h2>柳溪县人民政府办公室文件</h2>' +
        '<div>发布时间：2025-11-20 来源：县政府办公室</div>' +
        `<p>各乡镇人民政府，县直有关单位：</p>${LEAD}`,
    )
    expect(bundle.article.meta).toMatchObject({
      title: '关于做好冬季森林防火工作的通知',
      publishedAt: '2025-11-20',
      source: '县政府办公室',
    })
    expect(roles(bundle.article).slice(0, 2)).toEqual([
      'addressee:各乡镇人民政府，县直有关单位：',
      `lead:${LEAD.slice(3, -4)}`,
    ])
    expect(report.dropped.find((d) => d.text === '柳溪县人民政府办公室文件')?.reason).toContain(
      '发文机关标志',
    )
  })

  it('does not drop a paragraph that stands above the <h1> as page text', () => {
    const { bundle } = page(`${LEAD}<h1>一、加强巡查</h1><p>各乡镇要落实专人巡查，发现火情立即报告。</p>`)
    expect(bundle.article.blocks.map(blockText)).toContain(LEAD.slice(3, -4))
  })
})

describe('a navigation list above the title', () => {
  it('is page text, never the 引题 or the title', () => {
    const { bundle, report } = page(
      `<ul><li>首页</li><li>新闻中心</li><li>部门动态</li></ul><p>柳溪县冬季植树活动启动</p><p>发布时间：2025-11-20</p>${LEAD}`,
    )
    expect(bundle.article.meta.title).toBe('柳溪县冬季植树活动启动')
    expect(bundle.article.meta.kicker).toBeUndefined()
    expect(report.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining(['首页', '新闻中心', '部门动态']),
    )
  })

  it('is no 引题 right above an <h1> either', () => {
    const { bundle } = page(`<ul><li>首页</li><li>部门动态</li></ul><h1>柳溪县冬季植树活动启动</h1>${LEAD}`)
    expect(bundle.article.meta.kicker).toBeUndefined()
  })
})
