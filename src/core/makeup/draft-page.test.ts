import { describe, expect, it } from 'vitest'
import type { Article } from '../model/article'
import { article, paragraph } from '../model/build'
import type { PageDocument } from '../page/page'
import { findPagePreset } from '../page/builtin-page-presets'
import { resolvePagePreset } from '../page/page-preset'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import { fixedMetrics } from '../typeset/testing/fixed-metrics'
import { createPageComposer } from './compose-page'
import type { DraftStory } from './draft-page'
import { draftPage } from './draft-page'
import { contentRows } from './grid'

const preset = resolvePagePreset(findPagePreset('sikai'))
const fonts = fixedMetrics()
const page = { number: 1, name: '要闻', masthead: true as const }
const R = contentRows(preset, { ...page, frames: [] })
const C = preset.grid.columns

function story(key: string, title: string, chars: number, meta: Partial<Article['meta']> = {}): DraftStory {
  const paragraphs = Array.from({ length: Math.ceil(chars / 120) }, (_, i) => paragraph(`${key}第${i + 1}段` + '文'.repeat(112) + '。'))
  return { key, article: article({ title, ...meta }, paragraphs) }
}

const draft = (stories: DraftStory[]) => draftPage({ stories, preset, page, fonts, templates: BUILTIN_TEMPLATES, images: {} })

function composed(stories: readonly DraftStory[], frames: PageDocument['pages'][number]['frames']) {
  const doc: PageDocument = { version: 1, preset: 'sikai', paper: { name: '河川日报' }, date: '2025-05-01', pages: [{ ...page, frames }], articles: Object.fromEntries(stories.map((s) => [s.key, s.article])) }
  return createPageComposer(fonts, BUILTIN_TEMPLATES)({ doc, preset, images: {} })
}

/** Which story holds each cell of the content area (column × row), '' where none does. */
function cells(frames: PageDocument['pages'][number]['frames']): string[][] {
  const grid = Array.from({ length: R }, () => Array.from({ length: C }, () => ''))
  for (const f of frames)
    for (let r = f.row; r < f.row + f.rows; r++)
      for (let c = f.column; c < f.column + f.columns; c++) {
        expect(grid[r]![c], `${f.article} 与 ${grid[r]![c]} 重叠于第 ${c + 1} 栏第 ${r + 1} 行`).toBe('')
        grid[r]![c] = f.article
      }
  return grid
}

describe('自动拼版初稿', () => {
  const stories = [story('a', '头条的标题有十几个字那么长', 700, { kicker: '引题' }), story('b', '二条的标题', 400), story('c', '三条', 300), story('d', '短稿', 150), story('e', '第五篇稿子', 300)]

  it('tiles the page with one frame per story, nothing overset, no cell empty', () => {
    const d = draft(stories)
    expect(d.unplaced).toEqual([])
    expect(d.frames.map((f) => f.article)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(cells(d.frames).flat().filter((c) => !c)).toHaveLength(0)
    const made = composed(stories, d.frames)
    expect(made.frames.map((f) => [f.article, f.overset, f.problems])).toEqual(d.frames.map((f) => [f.article, 0, []]))
    expect(made.frames.reduce((n, f) => n + f.emptyRows, 0)).toBe(d.emptyRows)
  })

  it('puts the 头条 at the top left with the largest headline; sizes step down with importance', () => {
    const d = draft(stories)
    const lead = d.frames[0]!
    expect([lead.column, lead.row, lead.headline.weight]).toEqual([0, 0, 1])
    expect(lead.columns).toBeGreaterThanOrEqual(C / 2)
    expect(d.frames.every((f) => f.columns <= lead.columns)).toBe(true)
    const weights = d.frames.map((f) => f.headline.weight)
    expect([...weights].sort()).toEqual(weights)
  })

  it('a story marked 头条 goes first wherever it is listed', () => {
    const d = draft([stories[1]!, { ...stories[0]!, lead: true }, ...stories.slice(2)])
    expect(d.frames[0]).toMatchObject({ article: 'a', column: 0, row: 0, headline: { weight: 1 } })
  })

  it('gives a short story with a short title a 竖题 in its own column', () => {
    const d = draft(stories)
    const vertical = d.frames.filter((f) => f.headline.direction === 'vertical')
    expect(vertical.map((f) => f.article)).toEqual(['d'])
    expect(vertical[0]!.columns).toBeGreaterThanOrEqual(2)
  })

  it('leaves off what the page cannot hold, least important first, and says so', () => {
    const d = draft([...stories, story('f', '第六篇', 4000), story('g', '第七篇', 4000)])
    expect(d.unplaced.length).toBeGreaterThan(0)
    expect(d.unplaced.at(-1)).toBe('g')
    expect(composed(stories, d.frames.filter((f) => stories.some((s) => s.key === f.article))).frames.every((f) => f.overset === 0)).toBe(true)
  })

  it('a page short of copy reports its empty rows instead of stretching the text', () => {
    const d = draft([story('a', '只有一篇', 300)])
    expect(d.frames).toHaveLength(1)
    expect(d.emptyRows).toBeGreaterThan(0)
  })
})
