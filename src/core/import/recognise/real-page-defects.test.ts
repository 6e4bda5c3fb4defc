import { describe, expect, it } from 'vitest'
import type { Article } from '../../model/article'
import { blockText } from '../../model/text'
import { importPlainText } from '../import-draft'

/**
 * One invented page per defect seen on real portal, 公文 and e-paper pages (issue 12): the shapes, not the
 * texts, of what went wrong.
 */

const doc = (lines: string[]) => importPlainText(lines.join('\n'), { document: true })
const roles = (a: Article) =>
  a.blocks.map((b) => `${b.type === 'paragraph' ? (b.role ?? 'body') : b.type}:${blockText(b).trim()}`)
const bodyText = (a: Article) =>
  a.blocks
    .filter((b) => b.type === 'paragraph' && (!b.role || b.role === 'body' || b.role === 'lead'))
    .map(blockText)

describe('a 公文 on a portal page keeps its closing parts', () => {
  it('keeps 附件说明, 落款, 成文日期 and 附注 between a toolbar and the site footer, never as 网站页脚', () => {
    const { bundle, report } = doc([
      '柳溪县人民政府办公室关于做好冬季河道保洁工作的通知',
      '发布时间：2025-11-03',
      '各乡镇人民政府，县直有关单位：',
      '  为保持冬季河道整洁，现将有关事项通知如下，请认真抓好落实。',
      '  各乡镇要在十二月底前完成辖区河道的一次全面清理。',
      '【打印本页】【关闭窗口】',
      '附件：柳溪县冬季河道保洁责任分工表',
      '柳溪县人民政府办公室',
      '2025年10月30日',
      '（此件公开发布）',
      '主办：柳溪县人民政府办公室 承办：柳溪县融媒体中心',
      '地址：柳溪县文昌路1号 邮编：400000',
    ])
    expect(roles(bundle.article).slice(-4)).toEqual([
      'attachment:附件：柳溪县冬季河道保洁责任分工表',
      'signoff:柳溪县人民政府办公室',
      'signed-date:2025年10月30日',
      'annotation:（此件公开发布）',
    ])
    expect(report.dropped.map((d) => d.text)).toEqual([
      '【打印本页】【关闭窗口】',
      '主办：柳溪县人民政府办公室 承办：柳溪县融媒体中心',
      '地址：柳溪县文昌路1号 邮编：400000',
    ])
  })

  it('finds the 落款 of a notice that issues a 方案 above the 方案, not only at the end', () => {
    const { bundle } = doc([
      '柳溪县人民政府办公室关于印发《柳溪县农村饮水安全提升方案》的通知',
      '各乡镇人民政府，县直有关单位：',
      '  《柳溪县农村饮水安全提升方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
      '柳溪县人民政府办公室',
      '2025年3月6日',
      '（此件公开发布）',
      '柳溪县农村饮水安全提升方案',
      '一、工作目标',
      '  到2026年底，全县农村自来水普及率达到百分之九十八。',
      '二、主要任务',
      '  完成十二座水厂的提标改造。',
    ])
    expect(roles(bundle.article).slice(1, 5)).toEqual([
      'body:《柳溪县农村饮水安全提升方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
      'signoff:柳溪县人民政府办公室',
      'signed-date:2025年3月6日',
      'annotation:（此件公开发布）',
    ])
  })

  it('leaves a date line inside a news story as text', () => {
    const { bundle } = doc([
      '柳溪县举办首届稻田音乐节',
      '发布时间：2025-09-20 10:00',
      '  九月的柳溪，稻浪翻滚，首届稻田音乐节在这里开幕。',
      '2025年9月19日',
      '  开幕当天，来自周边县市的游客超过两万人次。',
    ])
    expect(roles(bundle.article).map((r) => r.split(':')[0])).not.toContain('signed-date')
    expect(bodyText(bundle.article)).toHaveLength(3)
  })
})

describe('editing credits', () => {
  it('takes 责编 or 责任编辑 as the 责任编辑, never a plain 编辑, which is listed as left out', () => {
    const { bundle, report } = doc([
      '柳溪县开展秋季森林防火演练',
      '发布时间：2025-10-12 15:20',
      '  十月十一日，柳溪县在青龙山林区开展秋季森林防火应急演练。',
      '  演练检验了扑火队伍的快速集结和协同处置能力。',
      '记者：赵青',
      '编辑：钱多多',
      '责编：孙立',
    ])
    expect(bundle.article.meta.editor).toBe('孙立')
    expect(report.dropped).toContainEqual({
      text: '编辑：钱多多',
      kind: 'field',
      reason: '编辑署名：不是责任编辑，文章信息中没有此栏',
      before: 2,
    })
    expect(bodyText(bundle.article).join('')).not.toContain('钱多多')
  })

  it('leaves the 责任编辑 empty when only a plain 编辑 is given', () => {
    const { bundle } = doc([
      '柳溪县举办农民丰收节',
      '发布时间：2025-09-23',
      '编辑：钱多多',
      '  丰收节上，各村拿出了最好的农产品。',
    ])
    expect(bundle.article.meta.editor).toBeUndefined()
  })
})

describe('site chrome', () => {
  it('drops header and navigation bars above the title, never taking them for the 引题 or title', () => {
    const { bundle, report } = doc([
      '用户登录 繁体 无障碍 长者模式',
      '首页 | 新闻中心 | 政务公开 | 办事服务',
      '柳溪县新建三座乡镇污水处理站',
      '发布时间：2025-08-01 09:30 来源：柳溪县水务局',
      '  今年以来，柳溪县新建乡镇污水处理站三座，日处理能力提升到六千吨。',
      '  项目建成后，沿河五个集镇的生活污水实现集中处理。',
    ])
    expect(bundle.article.meta.kicker).toBeUndefined()
    expect(bundle.article.meta.title).toBe('柳溪县新建三座乡镇污水处理站')
    expect(report.dropped.slice(0, 2)).toEqual([
      { text: '用户登录 繁体 无障碍 长者模式', kind: 'chrome', reason: '网站导航栏', before: 0 },
      { text: '首页 | 新闻中心 | 政务公开 | 办事服务', kind: 'chrome', reason: '网站导航栏', before: 0 },
    ])
  })

  it('keeps a headline whose parts are separated by spaces', () => {
    const { bundle } = doc([
      '抓党建 促发展 惠民生',
      '发布时间：2025-07-01',
      '  柳溪县把党建工作同乡村振兴结合起来，办成了一批实事。',
    ])
    expect(bundle.article.meta.title).toBe('抓党建　促发展　惠民生')
  })

  it('takes 上一篇/下一篇 with the other article’s title, rankings with their tabs and entries, and comment rules out of the body', () => {
    const { bundle, report } = doc([
      '柳溪县启动冬春农田水利建设',
      '发布时间：2025-11-20 16:00',
      '  十一月二十日，柳溪县冬春农田水利建设全面启动，计划整治山塘四十口。',
      '  县农业农村局将组织技术人员分片指导，确保工程质量。',
      '上一篇',
      '柳溪县召开秋粮收购工作会',
      '上一篇  下一篇',
      '热点排行',
      '24小时 一周 一月',
      '1 柳溪县公布第二批历史文化名村',
      '2 城区新增两条公交线路',
      '1.请遵守国家法律法规，文明留言，本站有权删除违规评论。',
      '2.网友留言仅代表个人观点，与本网立场无关。',
    ])
    const body = bodyText(bundle.article).join('\n')
    expect(body).not.toMatch(/上一篇|秋粮收购|热点排行|一周|历史文化名村|公交线路|留言/)
    expect(bodyText(bundle.article)).toHaveLength(2)
    expect(report.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining(['柳溪县召开秋粮收购工作会', '2 城区新增两条公交线路']),
    )
  })
})

describe('defect 8: a two-line section heading whose first line ends in a colon', () => {
  it('is one heading, not a body line and a one-line heading', () => {
    const { bundle } = doc([
      '柳溪县三位乡村教师的二十年',
      '发布时间：2025-09-10',
      '  教师节前夕，记者走进柳溪县三所村小，听老师们讲述扎根乡村的故事。',
      '  周明远：',
      '  扎根乡村二十年',
      '  周明远二十年前从师范学校毕业，主动申请到最偏远的村小任教。',
    ])
    expect(roles(bundle.article)).toEqual([
      'lead:教师节前夕，记者走进柳溪县三所村小，听老师们讲述扎根乡村的故事。',
      'section-heading:周明远：\n扎根乡村二十年',
      'body:周明远二十年前从师范学校毕业，主动申请到最偏远的村小任教。',
    ])
  })

  it('leaves a line that introduces a paragraph, and a credit label with its name below, alone', () => {
    const { bundle } = doc([
      '柳溪县三位乡村教师的二十年',
      '发布时间：2025-09-10',
      '  教师节前夕，记者走进柳溪县三所村小。',
      '  主要做法：',
      '  学校为每位老师配备了电脑，并开通了远程教研，老师们在村里也能听到名师的课。',
      '  撰稿：',
      '  林小溪',
      '  老师们说，最大的心愿是孩子们都能走出大山。',
    ])
    const headings = bundle.article.blocks.filter((b) => b.type === 'section-heading').map(blockText)
    expect(headings.join()).not.toMatch(/主要做法|撰稿/u)
  })
})

describe('credits under the article', () => {
  it('takes 记者 as the author and leaves the body without the credit lines', () => {
    const { bundle } = doc([
      '柳溪县开展秋季森林防火演练',
      '发布时间：2025-10-12 15:20',
      '  十月十一日，柳溪县在青龙山林区开展秋季森林防火应急演练。',
      '记者：赵青 周原',
      '责编：孙立',
    ])
    expect(bundle.article.meta).toMatchObject({ author: '赵青 周原', editor: '孙立' })
    expect(bundle.article.blocks).toHaveLength(1)
  })
})
