import { describe, expect, it } from 'vitest'
import { article, image, paragraph, sectionHeading, text } from '../model/build'
import { blockText } from '../model/text'
import { describeChange } from './change'
import { applyChanges, normalizeArticle, revertChanges, suggestChanges } from './normalize-article'

const draft = () =>
  article(
    { title: '抓实项目 推动发展', subtitle: '——记河湾区"三个一"工作法' },
    [
      paragraph([text('  今年以来,'), text('河湾区', { bold: true }), text(' ,把项目建设作为"头号工程"。')]),
      sectionHeading('筑牢根基 ', '为发展添动力'),
      image('img1', '工地', '图为施工现场.(记者 何川 摄)'),
    ],
    { img1: { mime: 'image/png', name: 'a.png' } },
  )

describe('normalising an article', () => {
  it('fixes punctuation across marked runs and keeps the marks', () => {
    const { article: a } = normalizeArticle(draft())
    expect(a.blocks[0]).toEqual(
      paragraph([text('今年以来，'), text('河湾区', { bold: true }), text('，把项目建设作为“头号工程”。')]),
    )
  })

  it('normalises headlines, section-heading lines and captions too', () => {
    const { article: a } = normalizeArticle(draft())
    expect(a.meta.title).toBe('抓实项目\u3000推动发展')
    expect(a.meta.subtitle).toBe('——记河湾区“三个一”工作法')
    expect(blockText(a.blocks[1]!)).toBe('筑牢根基\n为发展添动力')
    expect(a.blocks[2]).toMatchObject({ caption: '图为施工现场.（记者 何川 摄）' })
  })

  it('logs every change with where it was, before → after and the rule', () => {
    const { changes } = normalizeArticle(draft())
    expect(changes).toContainEqual({
      at: { block: 0, line: 0 },
      offset: 6,
      before: ',',
      after: '，',
      rule: 'punct-width',
    })
    expect(changes).toContainEqual({
      at: { field: 'title' },
      offset: 4,
      before: ' ',
      after: '\u3000',
      rule: 'headline-space',
    })
    expect(describeChange(changes.find((c) => c.rule === 'indent')!)).toBe(
      '「␣␣」→「（无）」（删除行首缩进字符）',
    )
  })

  it('changes nothing the second time', () => {
    expect(suggestChanges(normalizeArticle(draft()).article)).toEqual([])
  })
})

describe('the lint panel helpers', () => {
  it('fixes one suggestion and leaves the others to be suggested again', () => {
    const before = draft()
    const all = suggestChanges(before)
    const one = all.find((c) => c.rule === 'quotes' && 'block' in c.at)!
    const after = applyChanges(before, [one])
    expect(blockText(after.blocks[0]!)).toContain('“头号工程"')
    expect(suggestChanges(after)).toHaveLength(all.length - 1)
  })

  it('reverts chosen changes after fixing all, restoring the original text exactly', () => {
    const before = draft()
    const { article: fixed, changes } = normalizeArticle(before)
    const quotes = changes.filter((c) => c.rule === 'quotes' && 'block' in c.at && c.at.block === 0)
    const { article: reverted, skipped } = revertChanges(fixed, changes, quotes)
    expect(skipped).toEqual([])
    expect(blockText(reverted.blocks[0]!)).toBe('今年以来，河湾区，把项目建设作为"头号工程"。')
    expect(revertChanges(fixed, changes, changes).article).toEqual(before)
  })

  it('skips a revert whose text was edited since', () => {
    const { article: fixed, changes } = normalizeArticle(article({ title: '' }, [paragraph('好,的')]))
    const edited = { ...fixed, blocks: [paragraph('好的')] }
    expect(revertChanges(edited, changes, changes).skipped).toHaveLength(1)
  })
})
