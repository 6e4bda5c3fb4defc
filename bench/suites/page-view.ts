/**
 * The 版面 view (issue 17): a keystroke in a story placed on the page, to the page drawn again, as main
 * does it for the view — the page bundle handed to the long-lived preview worker (structured clone),
 * the story re-flowed there (the other frames kept), and every 版 drawn as SVG and handed back. Goal:
 * ≤ 50 ms warm (live preview). The renderer's own paint is the editor suite's figure.
 */
import { join, resolve } from 'node:path'
import type { Article } from '../../src/core/model/article'
import type { PageBundle } from '../../src/core/page/page'
import { PrintPreviewClient } from '../../src/node/export/preview/preview-client'
import { frontPage } from '../../e2e/page/page-files'
import { measure, type BenchResult } from '../harness'

const WORKER = join(resolve(import.meta.dirname, '../..'), 'out/main/preview-worker.js')

/** The story with `n` characters more in its last paragraph: a new object, as the editor hands over. */
function typed(a: Article, n: number): Article {
  const blocks = [...a.blocks]
  const last = blocks.findLastIndex((b) => b.type === 'paragraph')
  const p = blocks[last] as Extract<Article['blocks'][number], { type: 'paragraph' }>
  const tail = p.children.at(-1)!
  blocks[last] = { ...p, children: [...p.children.slice(0, -1), { ...tail, text: tail.text + '字'.repeat(n) }] }
  return { ...a, blocks }
}

export async function run(): Promise<BenchResult[]> {
  const client = new PrintPreviewClient(WORKER)
  const start: PageBundle = frontPage()
  let n = 0
  const keystroke = async () => {
    const bundle = { ...start, page: { ...start.page, articles: { ...start.page.articles, lead: typed(start.page.articles.lead!, ++n) } } }
    const drawn = await client.renderPage(bundle, {})
    if (!drawn?.pages.length) throw new Error('the preview worker drew no page')
  }
  try {
    const frames = start.page.pages[0]!.frames.length
    return [await measure('版面: keystroke to page re-drawn (preview worker), warm', keystroke, { runs: 21, warmup: 3, goalMs: 50, extra: { frames } })]
  } finally {
    client.dispose()
  }
}
