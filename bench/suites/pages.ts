/**
 * Newspaper pages (issue 17): the automatic first draft of an 8-story 对开 front page with warm fonts
 * (goal ≤ 1 s; each run drafts new article objects, so every story is composed afresh), the same cold
 * in a fresh registry's first run, and re-flowing the page after a keystroke in one story (goal ≤ 50 ms
 * warm): the layouter re-sets only that story's frame and its jump continuation.
 */
import { performance } from 'node:perf_hooks'
import type { Article } from '../../src/core/model/article'
import type { PageBundle } from '../../src/core/page/page'
import { findPagePreset } from '../../src/core/page/builtin-page-presets'
import { draftPageBundle } from '../../src/node/layout/draft-page-bundle'
import { createPageLayouter } from '../../src/node/layout/layout-page'
import { storyBundle, type Story } from '../../test/fixtures/pages/pages'
import { measure, type BenchResult } from '../harness'

const EIGHT: Story[] = ['lead', 'photo', 'transit', 'brief', 'vertical', 'long', 'transit', 'photo']

function draft(): ReturnType<typeof draftPageBundle> {
  return draftPageBundle({
    stories: EIGHT.map((s) => ({ bundle: storyBundle(s) })),
    preset: findPagePreset('duikai'),
    paper: { name: '河川日报', serial: 'CN 50-0001' },
    date: '2025-05-01',
    page: { number: 1, name: '要闻', masthead: true },
  })
}

/** The article with one character typed into its last paragraph: a new object, as the editor hands over. */
function typed(a: Article, n: number): Article {
  const blocks = [...a.blocks]
  const last = blocks.findLastIndex((b) => b.type === 'paragraph')
  const p = blocks[last]! as Extract<Article['blocks'][number], { type: 'paragraph' }>
  blocks[last] = { ...p, children: [...p.children.slice(0, -1), { ...p.children.at(-1)!, text: p.children.at(-1)!.text + '字'.repeat(n % 3) }] }
  return { ...a, blocks }
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  const t0 = performance.now()
  const first = draft()
  results.push({ name: '8-story 对开 page, automatic draft, cold', medianMs: performance.now() - t0, runs: 1, extra: { unplaced: first.unplaced.length } })
  results.push(await measure('8-story 对开 page, automatic draft, warm', draft, { runs: 5, warmup: 1, goalMs: 1000 }))

  // A 版面 view's loop: the page is laid out once, then again after each keystroke in the 头条.
  const layout = createPageLayouter()
  let bundle: PageBundle = first.bundle
  layout(bundle)
  let n = 0
  const keystroke = () => {
    const key = bundle.page.pages[0]!.frames[0]!.article
    bundle = { ...bundle, page: { ...bundle.page, articles: { ...bundle.page.articles, [key]: typed(bundle.page.articles[key]!, ++n) } } }
    return layout(bundle)
  }
  const frames = bundle.page.pages[0]!.frames.length
  results.push(await measure('re-flow after a keystroke in one story, warm', keystroke, { runs: 21, warmup: 3, goalMs: 50, extra: { frames } }))
  return results
}
