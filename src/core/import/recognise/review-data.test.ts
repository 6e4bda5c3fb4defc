import { describe, expect, it } from 'vitest'
import { blockText } from '../../model/text'
import { LOW_CONFIDENCE, reviewSchema, type Guess } from '../../model/review'
import { importDraft } from '../import-draft'
import { decide, cue } from './evidence'

/** What import keeps for the 导入检查 panel: every line left out with where it stood, every role with its evidence. */

const draft = (lines: string[]) => importDraft(new TextEncoder().encode(lines.join('\n')), 'draft.txt')
const byAs = (guesses: Guess[], prefix: string) => guesses.find((g) => g.as.startsWith(prefix))

describe('the import review a document keeps', () => {
  const lines = [
    '首页 > 新闻中心 > 乡镇动态',
    '石桥镇建成村级快递服务站',
    '发布时间：2025-06-03 10:00 来源：石桥镇人民政府 浏览次数：',
    '  今年以来，石桥镇在十二个行政村建成快递服务站，村民取件不再跑镇上。',
    '分享到：',
    '  服务站由村里的小超市代办，快递公司按件结算。',
    '一站多用',
    '  服务站还代收水电费，代售农资。',
    '主办：石桥镇人民政府 地址：石桥镇府前路1号',
  ]

  it('lists every dropped line with its reason and the block it stood before', async () => {
    const { bundle, report } = await draft(lines)
    const { review, article } = bundle
    expect(review!.dropped).toEqual(report.dropped)
    expect(review!.dropped).toEqual([
      { text: '首页 > 新闻中心 > 乡镇动态', kind: 'chrome', reason: '页面路径（面包屑导航）', before: 0 },
      { text: '浏览次数：', kind: 'chrome', reason: '浏览次数（由网站运行时填写）', before: 0 },
      { text: '分享到：', kind: 'chrome', reason: '页面工具栏（关闭、打印、分享、字号等）', before: 1 },
      {
        text: '主办：石桥镇人民政府 地址：石桥镇府前路1号',
        kind: 'chrome',
        reason: '网站页脚（主办、维护、地址、备案信息等）',
        before: 4,
      },
    ])
    expect(blockText(article.blocks[1]!)).toContain('小超市代办')
    expect(article.blocks).toHaveLength(4)
  })

  it('gives each guess its target, a reason and a confidence, and review.json accepts them', async () => {
    const { bundle } = await draft(lines)
    const guesses = bundle.review!.guesses
    expect(byAs(guesses, '主题')).toMatchObject({ text: '石桥镇建成村级快递服务站', at: { field: 'title' } })
    expect(byAs(guesses, '来源')).toMatchObject({
      at: { field: 'source' },
      reason: expect.stringContaining('标签「来源」'),
    })
    expect(byAs(guesses, '发布时间')).toMatchObject({ at: { field: 'publishedAt' } })
    expect(byAs(guesses, '小标题')).toMatchObject({ text: '一站多用', at: { block: 2 } })
    expect(byAs(guesses, '导语')).toMatchObject({ at: { block: 0 } })
    for (const g of guesses) expect(g.confidence > 0 && g.confidence <= 1, g.as).toBe(true)
    expect(reviewSchema().safeParse(bundle.review).success).toBe(true)
  })

  it('is surer of a title above a meta line than of a first short line with nothing to confirm it', async () => {
    const confirmed = byAs((await draft(lines)).bundle.review!.guesses, '主题')!
    const bare = byAs(
      (await draft(['石桥镇建成村级快递服务站', '  今年以来，石桥镇在十二个行政村建成快递服务站。'])).bundle
        .review!.guesses,
      '主题',
    )!
    expect(confirmed.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE)
    expect(bare.confidence).toBeLessThan(confirmed.confidence)
  })

  it('marks a kicker/title split of two bare lines as one to check', async () => {
    const { bundle } = await draft([
      '石桥镇',
      '建成村级快递服务站',
      '发布时间：2025-06-03',
      '  今年以来，快递进村。',
    ])
    expect(byAs(bundle.review!.guesses, '引题')!.confidence).toBeLessThan(LOW_CONFIDENCE)
  })

  it('lists a repeated meta field with another value as left out, and a repeat of the same value not at all', async () => {
    const { bundle } = await draft([
      '石桥镇建成村级快递服务站',
      '来源：石桥镇人民政府',
      '来源：县邮政分公司',
      '  今年以来，快递进村。',
    ])
    expect(bundle.article.meta.source).toBe('石桥镇人民政府')
    expect(bundle.review!.dropped).toEqual([
      { text: '来源：县邮政分公司', kind: 'repeated', reason: '另一个来源（已采用前面的「石桥镇人民政府」）', before: 0 },
    ])
  })

  it('keeps a page’s <nav> and <footer> with where they stood', async () => {
    const html =
      '<nav>首页 新闻</nav><h1>石桥镇建成快递服务站</h1><p>今年以来，快递进村。</p><p>村民取件方便了。</p><footer>主办：石桥镇</footer>'
    const { bundle } = await importDraft(new TextEncoder().encode(html), 'page.html')
    expect(bundle.review!.dropped).toEqual([
      { text: '首页 新闻', kind: 'chrome', reason: '网页的导航栏（<nav>）', before: 0 },
      { text: '主办：石桥镇', kind: 'chrome', reason: '网页的页脚（<footer>）', before: 2 },
    ])
  })

  it('keeps a pasted fragment’s report without a review (the document it goes into has its own)', async () => {
    const { importPlainText } = await import('../import-draft')
    expect(importPlainText('今年以来，快递进村。').bundle.review).toBeUndefined()
  })
})

describe('confidence from evidence', () => {
  it('adds the cues’ log-odds and explains with them in order', () => {
    expect(decide([])).toEqual({ reason: '', confidence: 0.5 })
    expect(decide([cue('甲', 3), cue('乙', -3)])).toEqual({ reason: '甲；乙', confidence: 0.5 })
    expect(decide([cue('甲', 2)]).confidence).toBe(0.88)
    expect(decide([cue('甲', -2)]).confidence).toBe(0.12)
  })
})
