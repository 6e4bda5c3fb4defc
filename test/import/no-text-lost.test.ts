import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importDraft } from '../../src/core/import/import-draft'
import type { ImportReport } from '../../src/core/import/types'
import type { Article } from '../../src/core/model/article'
import { blockText } from '../../src/core/model/text'
import { normalizeArticle } from '../../src/core/normalize'
import { EPAPER_PAGE } from '../../src/core/import/testing/epaper-page'
import { schemaProblems } from '../../src/core/import/testing/schema-problems'
import { CORPUS_DIR, hasCorpus } from './corpus-eval'

/**
 * Issue 12: no text is lost. Every non-space character of a draft is in the Article (after normalisation),
 * in the report's dropped list, in a listed normalisation change (what it was before), or in a line the
 * report lists as taken into a field (a meta line whose label is not kept: 「发布时间：」). Counted as a
 * multiset, so a character used twice must be found twice.
 */

const count = (into: Map<string, number>, text: string, sign = 1) => {
  for (const c of text) if (!/[\s\u00a0\u3000\ufeff]/u.test(c)) into.set(c, (into.get(c) ?? 0) + sign)
}

function articleText(article: Article): string {
  const meta = Object.values(article.meta).flat().join('\n')
  const blocks = article.blocks.map((b) =>
    b.type === 'heading'
      ? (b.number ?? '') + blockText(b)
      : b.type === 'image'
        ? [b.alt, b.caption ?? '', b.credit ?? ''].join('\n')
        : blockText(b),
  )
  return [meta, ...blocks].join('\n')
}

/** The characters of `source` that none of `found` accounts for. */
function lost(source: string, found: readonly string[]): string {
  const left = new Map<string, number>()
  count(left, source)
  for (const text of found) count(left, text, -1)
  return [...left].flatMap(([c, n]) => (n > 0 ? [c.repeat(n)] : [])).join('')
}

const listed = (report: ImportReport) => [
  ...report.dropped.map((d) => d.text),
  ...report.guesses.map((g) => g.text),
]

/**
 * What the import of `source` loses: read as one article (normalised), and split into its articles. Each Article
 * it makes must hold to the schema, which the import itself no longer checks.
 */
async function lostInImport(source: string, name: string): Promise<{ whole: string; split: string }> {
  const { bundle, report, page } = await importDraft(new TextEncoder().encode(source), name)
  for (const b of [bundle, ...(page?.articles ?? []).map((p) => p.bundle)])
    expect(schemaProblems(b.article)).toEqual([])
  const { article, changes } = normalizeArticle(bundle.article)
  const whole = lost(source, [articleText(article), ...listed(report), ...changes.map((c) => c.before)])
  if (!page) return { whole, split: '' }
  const split = lost(source, [
    ...page.none.map((n) => n.text),
    ...page.articles.flatMap((a) => [articleText(a.bundle.article), ...listed(a.report)]),
  ])
  return { whole, split }
}

/** Lines of every kind the importer and the split decide about, written for this test. */
const LINES = [
  '柳溪日报 数字报',
  '第3版（要闻）',
  'A2:综合',
  '上一版 下一版',
  // A date alone with its weekday on a page without a label: a portal's date widget, an article's own date.
  '2025年11月4日 星期二',
  '2025年11月4日 周二',
  '柳溪县首条城乡公交环线开通',
  '冬储菜上市 价格稳中有降',
  '——记柳溪河护河志愿队',
  '本报记者 林晓 通讯员 周平',
  '本报讯（记者 许安）连日来，县城各农贸市场的冬储菜陆续上市，货源充足。',
  '  11月3日清晨,一辆新能源公交车从客运中心驶出,标志着城乡公交环线正式开通。',
  '“以前进城要转两趟车,现在家门口就能坐上公交。”村民陈大姐说。',
  '乡镇快讯',
  '◆青石镇组织干部群众清理河道垃圾，共清运垃圾二十余吨。',
  '◆ 柳林乡举办农民丰收节，展销土特产品一百余种。',
  '发布时间:2025-11-04 09:30 来源:柳溪县融媒体中心',
  '刊发日期：2025-11-04 作者：本通',
  '一、总体要求',
  '（一）工作目标。到2025年底建成储备点。',
  '附件：1.参考目录',
  '柳溪县人民政府办公室',
  '2025年10月30日',
  '（此件公开发布）',
  '首页 | 新闻中心 | 政务公开',
  '打印本页 关闭窗口',
  '上一篇',
  '主办：柳溪县人民政府办公室',
  '（完）',
  '',
]
// Lines may repeat: a page prints its byline or meta block twice, and the second copy must be listed too.
const draft = fc
  .array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 24 })
  .map((lines) => lines.join('\n'))

describe('no text is lost on import (issue 12)', () => {
  it('in generated drafts: the page read as one article, and the page split into articles', async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (source) => {
        if (!/\S/u.test(source)) return
        expect(await lostInImport(source, 'draft.txt')).toEqual({ whole: '', split: '' })
      }),
      { numRuns: 200 },
    )
  })

  it('in the e-paper page of three stories', async () => {
    expect(await lostInImport(EPAPER_PAGE, 'epaper-page.txt')).toEqual({ whole: '', split: '' })
  })

  it('in every page of the real-draft corpus', async ({ skip }) => {
    skip(!hasCorpus(), `no corpus at ${CORPUS_DIR} (../shared/fixtures/drafts)`)
    const lostBy: Record<string, string> = {}
    for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt'))) {
      const { whole, split } = await lostInImport(readFileSync(join(CORPUS_DIR, file), 'utf8'), file)
      if (whole || split) lostBy[file] = [whole, split].filter(Boolean).join(' | ')
    }
    expect(lostBy).toEqual({})
  }, 60_000)
})
