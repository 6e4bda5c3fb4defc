import { describe, expect, it } from 'vitest'
import type { Article } from '../model/article'
import { article, paragraph, sectionHeading, text } from '../model/build'
import type { ImportReview } from '../model/review'
import { blockText } from '../model/text'
import { normalizeArticle } from '../normalize'
import {
  acceptGuess,
  applyArticleEdits,
  lineRoleName,
  LINE_ROLES,
  reassignLine,
  restoreDropped,
  revertReviewChanges,
  type ReviewStep,
} from './review-actions'

/** A 公文 draft as import might leave it: the site's nav taken for the title, the issuing body dropped as footer. */
const notice = (): Article =>
  article({ title: '首页 政务公开 办事服务', kicker: '关于做好秋季防火工作的通知' }, [
    paragraph('各乡镇人民政府，县直各单位：'),
    paragraph('为切实做好今年秋季森林防火工作，现将有关事项通知如下。'),
    paragraph([text('一、加强巡查', { bold: true })]),
    paragraph('二〇二五年九月一日'),
  ])

const review = (over: Partial<ImportReview> = {}): ImportReview => ({
  source: { name: '通知.html', format: 'html' },
  dropped: [
    { text: '返回顶部', kind: 'chrome', reason: '网站工具栏', before: 0 },
    { text: '清溪县人民政府办公室', kind: 'chrome', reason: '网站页脚', before: 3 },
    { text: '（此件公开发布）', kind: 'chrome', reason: '网站页脚', before: 4 },
  ],
  guesses: [
    { text: '首页 政务公开 办事服务', at: { field: 'title' }, as: '标题', reason: '首个短行', confidence: 0.4 },
    { text: '一、加强巡查', at: { block: 2 }, as: '正文', reason: '加粗的短行', confidence: 0.5 },
    { text: '二〇二五年九月一日', at: { block: 3 }, as: '正文', reason: '孤立的日期行', confidence: 0.6 },
  ],
  changes: [],
  ...over,
})

function done(step: ReviewStep) {
  if (!step.ok) throw new Error(step.message)
  return step
}

const texts = (a: Article) => a.blocks.map(blockText)

describe('restoring a dropped line', () => {
  it('puts it back where it stood, as the role chosen, and the rest of the review follows the blocks', () => {
    const a = notice()
    const step = done(restoreDropped(a, review(), 1, 'signoff'))
    const next = applyArticleEdits(a, step.edits)
    expect(texts(next)).toEqual([
      '各乡镇人民政府，县直各单位：',
      '为切实做好今年秋季森林防火工作，现将有关事项通知如下。',
      '一、加强巡查',
      '清溪县人民政府办公室',
      '二〇二五年九月一日',
    ])
    expect(next.blocks[3]).toEqual(paragraph('清溪县人民政府办公室', 'signoff'))
    expect(step.review.dropped.map((d) => [d.text, d.before])).toEqual([
      ['返回顶部', 0],
      ['（此件公开发布）', 5],
    ])
    expect(step.review.guesses.map((g) => g.at)).toEqual([{ field: 'title' }, { block: 2 }, { block: 4 }])
  })

  it('keeps lines dropped at one place in their order when one of them comes back', () => {
    const a = article({ title: '题' }, [paragraph('正文')])
    const r = review({
      dropped: [
        { text: '甲', kind: 'chrome', reason: '页脚', before: 1 },
        { text: '乙', kind: 'chrome', reason: '页脚', before: 1 },
        { text: '丙', kind: 'chrome', reason: '页脚', before: 1 },
      ],
      guesses: [],
    })
    const step = done(restoreDropped(a, r, 1, 'body'))
    expect(step.review.dropped).toEqual([
      { text: '甲', kind: 'chrome', reason: '页脚', before: 1 },
      { text: '丙', kind: 'chrome', reason: '页脚', before: 2 },
    ])
    const again = done(restoreDropped(applyArticleEdits(a, step.edits), step.review, 1, 'body'))
    const after = applyArticleEdits(applyArticleEdits(a, step.edits), again.edits)
    expect(texts(after)).toEqual(['正文', '乙', '丙'])
  })

  it('into a field: the field takes it, and the value it replaces is listed as left out, not lost', () => {
    const a = notice()
    const step = done(restoreDropped(a, review(), 1, 'title'))
    expect(applyArticleEdits(a, step.edits).meta.title).toBe('清溪县人民政府办公室')
    expect(step.review.dropped).toContainEqual({ text: '首页 政务公开 办事服务', kind: 'replaced', reason: '原标题，已被替换', before: 3 })
    expect(step.review.dropped.map((d) => d.text)).not.toContain('清溪县人民政府办公室')
    expect(step.review.guesses.map((g) => g.at)).not.toContainEqual({ field: 'title' })
  })

  it('as 发布时间 only when it is a date, stored at the precision written', () => {
    const a = notice()
    const r = review({ dropped: [{ text: '2025年9月1日 10:30', kind: 'repeated', reason: '日期行', before: 0 }, { text: '打印本页', kind: 'chrome', reason: '工具栏', before: 0 }] })
    const step = done(restoreDropped(a, r, 0, 'publishedAt'))
    expect(applyArticleEdits(a, step.edits).meta.publishedAt).toBe('2025-09-01T10:30+08:00')
    const refused = restoreDropped(a, r, 1, 'publishedAt')
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('不是日期') })
  })
})

describe('giving a line another role', () => {
  it('a body line becomes the title; the old title is listed where the line stood; its guesses go', () => {
    const a = notice()
    const r = review({ guesses: [...review().guesses, { text: '为切实…', at: { block: 1 }, as: '正文', reason: '长句', confidence: 0.9 }] })
    const step = done(reassignLine(a, r, { block: 1 }, 'title'))
    const next = applyArticleEdits(a, step.edits)
    expect(next.meta.title).toBe('为切实做好今年秋季森林防火工作，现将有关事项通知如下。')
    expect(texts(next)).not.toContain(next.meta.title)
    expect(step.review.dropped).toContainEqual({ text: '首页 政务公开 办事服务', kind: 'replaced', reason: '原标题，已被替换', before: 1 })
    expect(step.review.guesses.map((g) => g.at)).toEqual([{ block: 1 }, { block: 2 }])
  })

  it('a body line becomes a 公文 part or a section heading, keeping its marks', () => {
    const a = notice()
    const signed = applyArticleEdits(a, done(reassignLine(a, review(), { block: 3 }, 'signed-date')).edits)
    expect(signed.blocks[3]).toEqual(paragraph('二〇二五年九月一日', 'signed-date'))
    const heading = applyArticleEdits(a, done(reassignLine(a, review(), { block: 2 }, 'section-heading')).edits)
    expect(heading.blocks[2]).toEqual(sectionHeading([text('一、加强巡查', { bold: true })]))
    expect(heading.blocks).toHaveLength(4)
  })

  it('a two-line section heading given to the body becomes two paragraphs, and what follows moves down', () => {
    const a = article({ title: '题' }, [sectionHeading('上行：', '下行'), paragraph('正文')])
    const r = review({ dropped: [], guesses: [{ text: '正文', at: { block: 1 }, as: '正文', reason: '', confidence: 0.5 }] })
    const step = done(reassignLine(a, r, { block: 0 }, 'body'))
    expect(texts(applyArticleEdits(a, step.edits))).toEqual(['上行：', '下行', '正文'])
    expect(step.review.guesses[0]!.at).toEqual({ block: 2 })
  })

  it('the 引题 and the title trade places when one is given the other role', () => {
    const a = notice()
    const step = done(reassignLine(a, review(), { field: 'kicker' }, 'title'))
    const next = applyArticleEdits(a, step.edits)
    expect(next.meta).toMatchObject({ title: '关于做好秋季防火工作的通知', kicker: '首页 政务公开 办事服务' })
    expect(step.review.guesses.map((g) => g.at)).toEqual([{ block: 2 }, { block: 3 }])
  })

  it('normalisation changes of two fields that trade places trade places too', () => {
    const a = article({ title: '首页 新闻', kicker: '河湾区 “三个一” 工作法' }, [paragraph('正文')])
    const { article: fixed, changes } = normalizeArticle(a)
    const r = review({ dropped: [], guesses: [], changes })
    const step = done(reassignLine(fixed, r, { field: 'kicker' }, 'title'))
    const swapped = applyArticleEdits(fixed, step.edits)
    const undone = applyArticleEdits(swapped, done(revertReviewChanges(swapped, step.review)).edits)
    expect(undone.meta).toMatchObject({ title: '河湾区 “三个一” 工作法', kicker: '首页 新闻' })
  })

  it('a field given to the body goes to the top of the body and empties the field', () => {
    const a = notice()
    const step = done(reassignLine(a, review(), { field: 'title' }, 'body'))
    const next = applyArticleEdits(a, step.edits)
    expect(next.meta.title).toBe('')
    expect(texts(next)[0]).toBe('首页 政务公开 办事服务')
    expect(step.review.guesses.map((g) => g.at)).toEqual([{ block: 3 }, { block: 4 }])
    expect(step.review.dropped.map((d) => d.before)).toEqual([1, 4, 5])
  })

  it('normalisation changes move with the text they are in', () => {
    const a = article({ title: '首页' }, [paragraph('河湾区 “三个一” 工作法'), paragraph('正文')])
    const { article: fixed, changes } = normalizeArticle(a)
    const r = review({ dropped: [], guesses: [], changes })
    const step = done(reassignLine(fixed, r, { block: 0 }, 'title'))
    const moved = applyArticleEdits(fixed, step.edits)
    expect(step.review.changes.length).toBe(changes.length)
    expect(step.review.changes.every((c) => 'field' in c.at && c.at.field === 'title')).toBe(true)
    const undone = applyArticleEdits(moved, done(revertReviewChanges(moved, step.review)).edits)
    expect(undone.meta.title).toBe('河湾区 “三个一” 工作法')
  })

  it('a headline field given to 作者 takes the text as written, without the headline spacing import gave it', () => {
    const a = article({ title: '题', subtitle: '本报记者 林晓川 通讯员 周明' }, [paragraph('正文')])
    const { article: fixed, changes } = normalizeArticle(a)
    expect(fixed.meta.subtitle).toBe('本报记者\u3000林晓川\u3000通讯员\u3000周明')
    const step = done(reassignLine(fixed, review({ dropped: [], guesses: [], changes }), { field: 'subtitle' }, 'author'))
    expect(applyArticleEdits(fixed, step.edits).meta).toMatchObject({ author: '本报记者 林晓川 通讯员 周明' })
    expect(step.review.changes).toEqual([])
  })

  it('refuses what cannot be: an image, an empty field, a non-date as 发布时间', () => {
    const a = notice()
    expect(reassignLine(a, review(), { block: 9 }, 'body').ok).toBe(false)
    expect(reassignLine(a, review(), { field: 'subtitle' }, 'body').ok).toBe(false)
    expect(reassignLine(a, review(), { block: 0 }, 'publishedAt').ok).toBe(false)
  })
})

describe('accepting a guess and undoing normalisation', () => {
  it('an accepted guess leaves the list and changes nothing else', () => {
    const r = review()
    expect(acceptGuess(r, 1).guesses.map((g) => g.text)).toEqual(['首页 政务公开 办事服务', '二〇二五年九月一日'])
    expect(acceptGuess(r, 1).dropped).toBe(r.dropped)
  })

  it('undoes one change, then all, in the body and the headline; an edited spot stays listed', () => {
    const a = article({ title: '抓实项目 推动发展' }, [paragraph('今年以来,河湾区 ,把项目作为"头号工程"。')])
    const { article: fixed, changes } = normalizeArticle(a)
    const r = review({ dropped: [], guesses: [], changes })
    const quote = changes.findIndex((c) => c.rule === 'quotes')
    const one = done(revertReviewChanges(fixed, r, [quote]))
    const afterOne = applyArticleEdits(fixed, one.edits)
    expect(blockText(afterOne.blocks[0]!)).toBe('今年以来，河湾区，把项目作为"头号工程”。')
    expect(one.review.changes).toHaveLength(changes.length - 1)
    const all = done(revertReviewChanges(afterOne, one.review))
    expect(applyArticleEdits(afterOne, all.edits)).toEqual(a)
    expect(all.review.changes).toEqual([])

    const edited = { ...fixed, blocks: [paragraph('今年以来河湾区，把项目作为“头号工程”。')] }
    const partly = done(revertReviewChanges(edited, r))
    expect(partly.note).toMatch(/未能撤销/)
    expect(partly.review.changes.length).toBeGreaterThan(0)
  })
})

describe('role names', () => {
  it('every role has a distinct Chinese name', () => {
    const names = LINE_ROLES.map(lineRoleName)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual(expect.arrayContaining(['标题', '引题', '副题', '正文', '小标题', '落款', '成文日期', '附件说明', '作者', '来源', '发布时间']))
  })
})
