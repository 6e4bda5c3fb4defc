import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { blockText } from '../../model/text'
import { importDraft } from '../import-draft'
import { isToolbarFragment, parseByline } from './head-lines'
import { parseMetaLine } from './meta-line'

/** The title block of real pages (issue 12, defects 2 and 6, 信息公开 tables), each on an original fixture. */

const draft = (lines: string[]) => importDraft(new TextEncoder().encode(lines.join('\n')), 'draft.txt')

describe('defect 2: meta labels on their own lines, or the meta block repeated', () => {
  it('takes each value from the line under its label', async () => {
    const { bundle } = await draft([
      '青川县举办秋季农产品展销会',
      '发表日期：',
      '2025-10-09 14:30',
      '信息来源：',
      '青川县农业农村局',
      '字号：[',
      '大',
      '中',
      '小',
      ']',
      '  十月八日，青川县秋季农产品展销会在县城广场开幕，六十多家合作社参展。',
      '  展销会为期三天，现场签约金额超过两千万元。',
    ])
    expect(bundle.article.meta).toMatchObject({
      title: '青川县举办秋季农产品展销会',
      publishedAt: '2025-10-09T14:30+08:00',
      source: '青川县农业农村局',
    })
    expect(bundle.article.blocks.map((b) => blockText(b).trim())).toEqual([
      '十月八日，青川县秋季农产品展销会在县城广场开幕，六十多家合作社参展。',
      '展销会为期三天，现场签约金额超过两千万元。',
    ])
  })

  it('reads a meta block printed twice, and a title printed twice, once', async () => {
    const { bundle, report } = await draft([
      '青川县举办秋季农产品展销会',
      '编稿时间：2025-10-09 14:30 来源：青川县融媒体中心',
      '编稿时间：2025-10-09 14:30 来源：青川县融媒体中心',
      '青川县举办秋季农产品展销会',
      '  十月八日，青川县秋季农产品展销会在县城广场开幕。',
    ])
    expect(bundle.article.meta).toMatchObject({
      title: '青川县举办秋季农产品展销会',
      publishedAt: '2025-10-09T14:30+08:00',
      source: '青川县融媒体中心',
    })
    expect(bundle.article.blocks).toHaveLength(1)
    expect(report.dropped.map((d) => d.reason)).toContain('与标题重复（页面把标题印了两次）')
    // Nothing is lost, but the second block is listed like every line left out.
    expect(report.dropped.filter((d) => d.reason === '重复的信息（与前面的相同）').map((d) => d.text)).toEqual(['编稿时间：2025-10-09 14:30', '来源：青川县融媒体中心'])
  })

  it('lists a byline printed again under the title as left out', async () => {
    const { bundle, report } = await draft(['本报记者 程远', '稻田里的无人机', '本报记者 程远', '  插秧季一到，村里的无人机就忙了起来。'])
    expect(bundle.article.meta).toMatchObject({ title: '稻田里的无人机', author: '程远' })
    expect(report.dropped).toContainEqual(expect.objectContaining({ text: '本报记者 程远', reason: '重复的信息（与前面的相同）' }))
  })

  it('reads a date written before its labels, with the view counter beside it', () => {
    expect(parseMetaLine('2011/3/9 08:15:00 次浏览 分类：工作动态 来源：', true)?.fields).toEqual([
      { key: 'publishedAt', label: '', value: '2011/3/9 08:15:00', written: '2011/3/9 08:15:00 次浏览' },
      { key: 'info', label: '分类', value: '工作动态', written: '分类：工作动态' },
      { key: 'source', label: '来源', value: '', written: '来源：' },
    ])
    expect(parseMetaLine('2019-05-06 09:12来源：青川在线  打印本页', true)?.fields).toEqual([
      { key: 'publishedAt', label: '', value: '2019-05-06 09:12', written: '2019-05-06 09:12' },
      { key: 'source', label: '来源', value: '青川在线', written: '来源：青川在线  打印本页' },
    ])
  })
})

describe('信息公开 tables above or below a 公文 title', () => {
  const lines = [
    '首页 > 信息公开 > 政府文件',
    '索引号：001122/2025-00031 主题分类：农业、林业',
    '发布机构：青川县人民政府办公室 文 号：青政办发〔2025〕12号',
    '发文日期：2025-09-30 有效性：有效',
    '青川县人民政府办公室关于做好秋季森林防火工作的通知',
    '各乡镇人民政府，县级有关部门：',
    '  进入秋季，林区干燥少雨，森林火险等级持续偏高。现就有关事项通知如下。',
  ]

  it('keeps none of it in the body, takes the 发文字号 and the date, and lists the rest as left out', async () => {
    const { bundle, report } = await draft(lines)
    const a = bundle.article
    expect(a.meta).toMatchObject({
      title: '青川县人民政府办公室关于做好秋季森林防火工作的通知',
      docNumber: '青政办发〔2025〕12号',
      publishedAt: '2025-09-30',
    })
    expect(a.blocks.map((b) => blockText(b))).not.toContainEqual(expect.stringContaining('索引号'))
    expect(report.dropped).toContainEqual({
      text: '索引号：001122/2025-00031',
      kind: 'field',
      reason: '信息公开目录的栏目（索引号、分类、有效性等），文章信息中没有此栏',
      before: 0,
    })
    expect(a.blocks[0]).toMatchObject({ role: 'addressee' })
  })

  it('reads a table written with bars, and a label list with each value under its label', async () => {
    const barred = await draft([
      '索引号 | 001122/2025-00031 | 效力属性 | |',
      '发布机构 | 青川县林业局 | 文　号 | |',
      '成文日期 | 发布日期 | 2025-09-30 |',
      '  进入秋季，林区干燥少雨，森林火险等级持续偏高。',
    ])
    expect(barred.bundle.article.meta).toMatchObject({ title: '', publishedAt: '2025-09-30' })
    expect(barred.bundle.article.blocks).toHaveLength(1)
    const listed = await draft([
      '青川县秋季森林防火工作方案',
      '  • 索引号:',
      '    001122/2025-00032',
      '  • 发文字号:',
      '    青政办发〔2025〕13号',
      '  • 发布日期:',
      '    2025年09月30日 16:20',
      '青川县秋季森林防火工作方案',
      '  为做好今年秋季森林防火工作，制定本方案。',
    ])
    expect(listed.bundle.article.meta).toMatchObject({
      title: '青川县秋季森林防火工作方案',
      docNumber: '青政办发〔2025〕13号',
      publishedAt: '2025-09-30T16:20+08:00',
    })
    expect(listed.bundle.article.blocks.map((b) => blockText(b).trim())).toEqual([
      '为做好今年秋季森林防火工作，制定本方案。',
    ])
  })

  it('takes a 发文字号 line under the title, not the title above it for a 引题', async () => {
    const { bundle } = await draft([
      '青川县人民政府办公室关于做好秋季森林防火工作的通知',
      '青政办发〔2025〕12号',
      '各乡镇人民政府，县级有关部门：',
      '  进入秋季，林区干燥少雨，森林火险等级持续偏高。',
    ])
    expect(bundle.article.meta).toMatchObject({
      title: '青川县人民政府办公室关于做好秋季森林防火工作的通知',
      docNumber: '青政办发〔2025〕12号',
    })
    expect(bundle.article.meta.kicker).toBeUndefined()
  })
})

describe('defect 6: a byline under the headline', () => {
  const byline = '本报记者 王晓川 通讯员 李青'
  const lines = [
    '溪口村的茶园有了“数字管家”',
    byline,
    '  清明前后，溪口村的茶农用手机就能查看每块茶园的墒情。',
    '  村里的茶叶今年卖到了省城。',
  ]

  it('is the author, and the line above it the title, in a .docx', async () => {
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l.trim())) }] })
    const { bundle } = await importDraft(new Uint8Array(await Packer.toArrayBuffer(doc)), '稿件.docx')
    expect(bundle.article.meta).toMatchObject({ title: '溪口村的茶园有了“数字管家”', author: '王晓川 李青' })
    expect(bundle.article.meta.kicker).toBeUndefined()
    expect(bundle.article.blocks).toHaveLength(2)
  })

  it('is the author in plain text too, with a 引题 over the title', async () => {
    const { bundle } = await draft(['茶香飘出大山：', ...lines])
    expect(bundle.article.meta).toMatchObject({
      kicker: '茶香飘出大山：',
      title: '溪口村的茶园有了“数字管家”',
    })
  })

  it('reads the names, a padded two-character name as one', () => {
    expect(parseByline(byline)).toBe('王晓川 李青')
    expect(parseByline('■文/图 本报记者 朱 红')).toBe('朱红')
    expect(parseByline('本报记者李一川')).toBe('李一川')
    expect(parseByline('本报记者在采访中了解到，茶农增收明显。')).toBeUndefined()
  })
})

describe('e-paper pages', () => {
  it('takes the issue date above the title and leaves the page label out', async () => {
    const { bundle, report } = await draft([
      '2025年10月12日 星期日',
      '第03版：要闻',
      '溪口村',
      '茶园里来了“数字管家”',
      '  清明前后，溪口村的茶农用手机就能查看每块茶园的墒情。',
    ])
    expect(bundle.article.meta).toMatchObject({
      publishedAt: '2025-10-12',
      kicker: '溪口村',
      title: '茶园里来了“数字管家”',
    })
    expect(report.dropped.map((d) => d.text)).toContain('第03版：要闻')
  })
})

describe('a lone date with its weekday on a page without a page label', () => {
  const story = ['青川县举办秋季农产品展销会', '  十月八日，青川县秋季农产品展销会在县城广场开幕，六十多家合作社参展。']

  it('is the 发布时间 whether the widget writes 星期二 or 周二, never the 引题', async () => {
    for (const widget of ['2024年3月5日 星期二', '2024年3月5日 周二']) {
      const { bundle, report } = await draft([widget, ...story])
      expect(bundle.article.meta, widget).toEqual({ title: '青川县举办秋季农产品展销会', publishedAt: '2024-03-05' })
      expect(report.guesses.map((g) => g.text), widget).toContain(widget)
    }
  })

  it('printed again under the title, the second copy is listed as left out', async () => {
    const { bundle, report } = await draft(['2024年3月5日 星期二', story[0]!, '2024年3月5日 星期二', story[1]!])
    expect(bundle.article.meta.publishedAt).toBe('2024-03-05')
    expect(report.dropped).toEqual([expect.objectContaining({ text: '2024年3月5日 星期二', reason: '重复的信息（与前面的相同）' })])
  })
})

describe('a portal date widget and the article\'s labelled 发布时间', () => {
  const page = (widgetFirst: boolean) => {
    const widget = '2024年3月5日 星期二'
    const title = '柳溪县春季义务植树活动启动'
    const labelled = '发布时间：2024-03-01 08:30 来源：柳溪县林业局'
    const body = '  二月二十九日，柳溪县在青石镇启动春季义务植树活动，机关干部和志愿者种下苗木两千余株。'
    return widgetFirst ? [widget, title, labelled, body] : [title, labelled, widget, body]
  }

  it('the labelled date wins, with its time, whichever comes first; the widget is listed as page chrome', async () => {
    for (const widgetFirst of [true, false]) {
      const { bundle, report } = await draft(page(widgetFirst))
      expect(bundle.article.meta.publishedAt, `widget first: ${widgetFirst}`).toBe('2024-03-01T08:30+08:00')
      expect(report.dropped.filter((d) => d.text === '2024年3月5日 星期二')).toEqual([
        expect.objectContaining({ kind: 'chrome' }),
      ])
      const dates = report.guesses.filter((g) => 'field' in g.at && g.at.field === 'publishedAt')
      expect(dates.map((g) => g.as)).toEqual(['发布时间「2024-03-01T08:30+08:00」'])
    }
  })

  it('an unlabelled date under the title, or an 信息公开 发文日期, beats the widget above it too', async () => {
    const widget = '2024年3月5日 星期二'
    const body = '  为做好今年春季植树工作，柳溪县林业局安排了以下事项。'
    for (const [line, date] of [
      ['2024-03-01 08:30 来源：柳溪县林业局', '2024-03-01T08:30+08:00'],
      ['发文日期：2024-03-01 发文字号：柳林发〔2024〕3号', '2024-03-01'],
    ]) {
      const { bundle, report } = await draft([widget, '柳溪县春季植树工作安排', line!, body])
      expect(bundle.article.meta.publishedAt, line).toBe(date)
      expect(report.dropped.map((d) => [d.text, d.kind]), line).toEqual([[widget, 'chrome']])
    }
  })
})

describe('a local paper\'s 电头, 本报 + place + 讯', () => {
  it('gives the 作者 and the 电头, and leaves the lead its own words', async () => {
    const { bundle } = await draft([
      '青石镇',
      '人居环境整治见实效',
      '本报青石讯(通讯员 林小溪)近日，青石镇启动农村人居环境整治，干部群众一起清理村道。',
      '镇里还为每个村配备了保洁员。',
    ])
    expect(bundle.article.meta).toMatchObject({ author: '林小溪', byline: '本报青石讯(通讯员 林小溪)' })
    expect(blockText(bundle.article.blocks[0]!)).toMatch(/^近日，青石镇/u)
  })
})

describe('a site banner read in the wrong encoding', () => {
  it('is page text above the title, not the lead', async () => {
    const { bundle, report } = await draft([
      '娆㈣繋璁块\ufffd棶 2025骞\ufffd7鏈\ufffd11鏃\ufffd',
      '青川县举办秋季农产品展销会',
      '发布时间：2025-10-09 来源：青川县融媒体中心',
      '  十月八日，青川县秋季农产品展销会在县城广场开幕。',
    ])
    expect(bundle.article.meta.title).toBe('青川县举办秋季农产品展销会')
    expect(bundle.article.blocks).toHaveLength(1)
    expect(report.dropped[0]!.reason).toContain('标题前的页面文字')
  })
})

describe('line shapes', () => {
  it('knows the pieces of a 字号 toolbar split one per line', () => {
    expect(['[', '大', '中', '小', ']'].every(isToolbarFragment)).toBe(true)
    expect(isToolbarFragment('大力推进')).toBe(false)
  })
})

describe('a meta field left out is listed as the page wrote it', () => {
  it('keeps its bullet, its ASCII colon and the bars of its table cell', async () => {
    const { report } = await draft([
      '索引号 | lx-2025-0042 | 效力属性 | |',
      '  • 主题分类:',
      '  综合政务',
      '柳溪县冬季植树活动启动',
      '发布时间：2025-11-20',
      '  11月19日，柳溪县在青石镇启动冬季植树活动，机关干部和志愿者种下银杏、香樟等苗木三千余株。',
    ])
    expect(report.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining(['索引号 | lx-2025-0042', '| 效力属性 | |', '• 主题分类:\n综合政务']),
    )
  })
})

describe('a label standing alone over its value', () => {
  it('takes the value line into the meta, never into the headline, and lists both lines when a better line wins', async () => {
    const { bundle, report } = await draft([
      '发布时间：',
      '2024-05-20 09:15',
      '柳溪县启动冬季植树活动',
      '发布时间：2024-05-21 10:00 来源：柳溪县林业局',
      '  11月19日，柳溪县在青石镇启动冬季植树活动，机关干部和志愿者种下银杏、香樟等苗木三千余株。',
    ])
    expect(bundle.article.meta).toMatchObject({ title: '柳溪县启动冬季植树活动', source: '柳溪县林业局' })
    expect(bundle.article.meta.kicker).toBeUndefined()
    expect(bundle.article.meta.publishedAt).toBe('2024-05-21T10:00+08:00')
    expect(report.dropped.map((d) => d.text)).toContain('发布时间：\n2024-05-20 09:15')
  })
})
