import fc from 'fast-check'
import type { ArticleFrame, PageBundle, PageSpec } from '../../src/core/page/page'
import { bundleArb } from './arbitrary-article'

/** Random but valid page documents for property tests: several pages, frames threading articles across them, boxes. */

const key = fc.stringMatching(/^[a-z0-9]{1,6}$/)

function frameArb(id: string, article: string, boxed: boolean): fc.Arbitrary<ArticleFrame> {
  return fc
    .record({ column: fc.nat(5), columns: fc.integer({ min: 2, max: 6 }), row: fc.nat(60), rows: fc.integer({ min: 1, max: 70 }) })
    .chain((rect) =>
      fc.record(
        {
          id: fc.constant(id),
          article: fc.constant(article),
          column: fc.constant(rect.column),
          columns: fc.constant(rect.columns),
          row: fc.constant(rect.row),
          rows: fc.constant(rect.rows),
          headline: fc.record({
            direction: fc.constantFrom('across' as const, 'vertical' as const),
            columns: fc.constant(1),
            weight: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
            side: fc.constantFrom('left' as const, 'right' as const),
          }),
          figure: fc.record({ columns: fc.integer({ min: 1, max: rect.columns }) }),
          box: boxed ? fc.constantFrom('line' as const, 'double' as const, 'flower' as const) : fc.constant(undefined),
          columnRules: fc.constant(true as const),
        },
        { requiredKeys: ['id', 'article', 'column', 'columns', 'row', 'rows', 'headline'] },
      ),
    )
    .map((f) => (f.box ? f : (({ box: _, ...rest }) => rest)(f)) as ArticleFrame)
}

export const pageBundleArb: fc.Arbitrary<PageBundle> = fc
  .uniqueArray(key, { minLength: 1, maxLength: 4 })
  .chain((keys) =>
    fc.record({
      bundles: fc.tuple(...keys.map(() => bundleArb)),
      // Each article's frames: 1, or 2 when it jumps; the first article is a boxed short piece.
      placements: fc.tuple(...keys.map((_, i) => fc.record({ frames: fc.integer({ min: 1, max: i === 0 ? 1 : 2 }), page: fc.nat(2) }))),
      pageCount: fc.integer({ min: 1, max: 3 }),
      names: fc.array(fc.constantFrom('要闻', '综合', '经济', '文化', '体育'), { minLength: 3, maxLength: 3 }),
      serial: fc.option(fc.constantFrom('CN 11-0000', 'CN 50-0001/D'), { nil: undefined }),
      date: fc.constantFrom('2025-05-01', '2024-02-10', '2023-03-22'),
    }).chain(({ bundles, placements, pageCount, names, serial, date }) => {
      const arbs: fc.Arbitrary<[number, ArticleFrame]>[] = []
      keys.forEach((article, i) => {
        for (let k = 0; k < placements[i]!.frames; k++) {
          const page = Math.min(placements[i]!.page + k, pageCount - 1)
          arbs.push(frameArb(`${article}-${k}`, article, i === 0).map((f) => [page, f] as [number, ArticleFrame]))
        }
      })
      return fc.tuple(...arbs).map((placed): PageBundle => {
        const frames: ArticleFrame[][] = Array.from({ length: pageCount }, () => [])
        for (const [page, f] of placed) frames[page]!.push(f)
        const pages = frames.map(
          (fs, p): PageSpec => ({ number: p + 1, name: names[p]!, ...(p === 0 ? { masthead: true as const, editor: '周敏', designer: '李安' } : {}), frames: fs }),
        )
        return {
          page: {
            version: 1,
            preset: 'sikai',
            paper: { name: '河川日报', ...(serial ? { serial } : {}), issue: 12345 },
            date,
            pages,
            articles: Object.fromEntries(keys.map((k, i) => [k, bundles[i]!.article])),
          },
          assetData: Object.fromEntries(keys.map((k, i) => [k, bundles[i]!.assetData])),
        }
      })
    }),
  )
