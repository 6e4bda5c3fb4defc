import { describe, expect, it } from 'vitest'
import { article, heading, image, paragraph, sectionHeading } from '../model/build'
import type { Article } from '../model/article'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import { findPreset } from './builtin-presets'
import type { Layout, StructureType } from './frame'
import { resolvePreset } from './preset'
import { fixedMetrics } from './testing/fixed-metrics'
import { typeset } from './typeset'

const layOut = (a: Article, preset: string, images = {}): Layout =>
  typeset({ article: a, preset: resolvePreset(findPreset(preset)), fonts: fixedMetrics(), templates: BUILTIN_TEMPLATES, images })

/** Each structure element once, in reading order: its type and its text (an image's alt). */
function elements(layout: Layout): [StructureType, string][] {
  const found = new Map<string, [StructureType, string]>()
  for (const page of layout.pages) {
    for (const item of page.items) if (item.kind === 'image' && item.structure) found.set(`${item.structure.element}${item.structure.type}`, ['Figure', item.alt])
    for (const line of page.lines) {
      if (!line.structure) continue
      const key = `${line.structure.element}${line.structure.type}`
      const seen = found.get(key)
      found.set(key, [line.structure.type, (seen?.[1] ?? '') + line.text])
    }
  }
  // Within a figure's element the image comes before its caption.
  const rank = (key: string) => parseInt(key) * 2 + (key.endsWith('Caption') ? 1 : 0)
  return [...found.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, v]) => v)
}

describe('版面带有标签 PDF 所需的结构', () => {
  it('标题 H1，小标题 H2，段落 P，图片 Figure（替代文字）和图注 Caption；页码和页眉不在结构里', () => {
    const a = article({ title: '社区食堂开张', subtitle: '——老人吃饭不再难', author: '林晓' }, [
      paragraph('今年以来，街道办起了三家社区食堂。'),
      sectionHeading('织密服务网络'),
      paragraph('食堂每天供应午餐和晚餐。'),
      image('photo', '老人在食堂排队打饭', '食堂开张第一天'),
    ])
    const layout = layOut(a, 'a4', { photo: { width: 600, height: 400 } })
    expect(elements(layout)).toEqual([
      ['H1', '社区食堂开张'],
      ['P', '——老人吃饭不再难'],
      ['P', '作者：林晓'],
      ['P', '今年以来，街道办起了三家社区食堂。'],
      ['H2', '织密服务网络'],
      ['P', '食堂每天供应午餐和晚餐。'],
      ['Figure', '老人在食堂排队打饭'],
      ['Caption', '食堂开张第一天'],
    ])
    const furniture = layout.pages.flatMap((p) => p.lines.filter((l) => l.role === 'furniture'))
    expect(furniture.length).toBeGreaterThan(0)
    expect(furniture.every((l) => !l.structure)).toBe(true)
  })

  it('公文：一、是 H2，（一）是 H3；段内标题和它的段落是一个 P；每行记下它来自哪一段', () => {
    const a = article({ title: '关于做好导出工作的通知' }, [
      heading(1, '总体要求'),
      heading(2, '工作目标'),
      paragraph('各单位按期完成。'),
      heading(2, '进度安排。', true),
      paragraph('十月底前完成。'),
    ])
    const layout = layOut(a, 'gongwen')
    expect(elements(layout)).toEqual([
      ['H1', '关于做好导出工作的通知'],
      ['H2', '一、总体要求'],
      ['H3', '（一）工作目标'],
      ['P', '各单位按期完成。'],
      ['P', '（二）进度安排。十月底前完成。'],
    ])
    const blocks = layout.pages[0]!.lines.filter((l) => l.structure).map((l) => l.structure!.block)
    expect(blocks).toEqual([undefined, 0, 1, 2, 3])
  })
})
