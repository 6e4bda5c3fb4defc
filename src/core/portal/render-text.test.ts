import { describe, expect, it } from 'vitest'
import { article, heading, paragraph, sectionHeading, text } from '../model/build'
import { blockLines, titleLines } from '../model/text'
import { exampleArticle, fireNoticeArticle, teaFeatureArticle } from './testing/articles'
import { renderContentText } from './render-text'

describe('content.txt', () => {
  it('separates paragraphs with a blank line and keeps a two-line section heading together', () => {
    const txt = renderContentText(exampleArticle())
    expect(txt).toMatch(/^今年以来，河川市/)
    expect(txt).toContain('\n\n织密服务网络\n为社区养老添温度\n\n走进城南街道')
    expect(txt.endsWith('\n')).toBe(true)
    expect(txt).not.toMatch(/\n{3}/)
  })

  it('writes 公文 numbering the way the page shows it, and merges a run-in heading into its paragraph', () => {
    const txt = renderContentText(fireNoticeArticle())
    expect(txt).toContain('\n\n一、总体要求\n\n')
    expect(txt).toContain('\n\n（一）压实防火责任。各县（区）要落实行政首长负责制')
    expect(txt).toContain('\n\n（二）加强火源管控。')
    expect(txt).toContain('\n\n1.开展隐患排查\n\n')
    expect(txt).toContain('\n\n三、工作要求\n\n')
  })

  it('adds template text (序号, brackets) and joins a one-line template with a full-width space', () => {
    const a = article({ title: 't' }, [sectionHeading('守好一片绿', '把优势转化', 'brackets'), sectionHeading('主标题', '副标题', 'numbered'), sectionHeading('再一个', undefined, 'numbered')])
    expect(renderContentText(a)).toBe('【守好一片绿】\n把优势转化\n\n二、主标题　副标题\n\n三、再一个\n')
  })

  it('opens the first paragraph with the 电头', () => {
    const txt = renderContentText(teaFeatureArticle())
    expect(txt).toMatch(/^本报讯（记者 苏远航 通讯员 何婧）清明前后/)
  })

  it('gives captions and credits of images on their own lines', () => {
    expect(renderContentText(teaFeatureArticle())).toContain('\n\n青石镇高山茶园进入春茶采摘期\n苏远航 摄\n\n')
  })

  it('contains every character of the Article text views, in order, with only template text added', () => {
    for (const a of [exampleArticle(), teaFeatureArticle(), fireNoticeArticle()]) {
      const expected = [a.meta.byline ?? '', ...a.blocks.flatMap(blockLines)].join('')
      const shown = renderContentText(a).replace(/\n/g, '')
      // Remove what templates and numbering add; the rest must be the Article's own text.
      const stripped = shown.replace(/[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|【|】/g, '')
      expect(stripped).toBe(expected.replace(/[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|【|】/g, ''))
      expect(titleLines(a).length).toBeGreaterThan(0)
    }
  })

  it('keeps marks out of the plain text but keeps their characters', () => {
    const a = article({ title: 't' }, [paragraph([text('重要', { bold: true }), text('通知', { emphasis: true })]), heading(1, '')])
    expect(renderContentText(a)).toBe('重要通知\n')
  })
})
