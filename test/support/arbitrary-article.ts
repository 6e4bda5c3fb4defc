import fc from 'fast-check'
import type { Article, AssetInfo, Block, Inline } from '../../src/core/model/article'
import { PARAGRAPH_ROLES } from '../../src/core/model/article'
import { DROPPED_KINDS, type ImportReview } from '../../src/core/model/review'

/** Random but valid Articles for property tests: Chinese and mixed text, every block type, images. */

const chars = fc.constantFrom(...'中文排版标点，。、；：？！“”‘’（）《》——……abcXYZ0123 \u3000%'.split(''))
const textArb = fc.array(chars, { maxLength: 40 }).map((a) => a.join(''))

const inlineArb: fc.Arbitrary<Inline> = fc
  .record(
    { text: textArb, bold: fc.constant(true as const), italic: fc.constant(true as const), emphasis: fc.constant(true as const) },
    { requiredKeys: ['text'] },
  )
const inlinesArb = fc.array(inlineArb, { minLength: 1, maxLength: 4 })
const lineArb = inlinesArb.map((children) => ({ type: 'heading-line' as const, children }))

function blockArb(assetIds: string[]): fc.Arbitrary<Block> {
  const options: fc.Arbitrary<Block>[] = [
    fc.record(
      { type: fc.constant('paragraph' as const), role: fc.constantFrom(...PARAGRAPH_ROLES.filter((r) => r !== 'body')), children: inlinesArb },
      { requiredKeys: ['type', 'children'] },
    ),
    fc.record({
      type: fc.constant('section-heading' as const),
      template: fc.constantFrom('double-center', 'left-rule', 'band'),
      children: fc.oneof(fc.tuple(lineArb), fc.tuple(lineArb, lineArb)),
    }),
    fc.record(
      {
        type: fc.constant('heading' as const),
        level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
        number: fc.constantFrom('二、', '（三）', '1.1 '),
        runIn: fc.constant(true as const),
        children: inlinesArb,
      },
      { requiredKeys: ['type', 'level', 'children'] },
    ),
    fc.record({ type: fc.constant('quote' as const), children: inlinesArb }),
  ]
  if (assetIds.length) {
    options.push(
      fc.record(
        {
          type: fc.constant('image' as const),
          asset: fc.constantFrom(...assetIds),
          alt: textArb,
          caption: textArb,
          credit: textArb,
          children: fc.constant([{ text: '' as const }] as [{ text: '' }]),
        },
        { requiredKeys: ['type', 'asset', 'alt', 'children'] },
      ),
    )
  }
  return fc.oneof(...options)
}

const reviewArb: fc.Arbitrary<ImportReview> = fc.record({
  source: fc.record({ name: textArb, format: fc.constantFrom('txt', 'html', 'docx'), encoding: fc.constant('gb18030') }, { requiredKeys: ['name', 'format'] }),
  dropped: fc.array(fc.record({ text: textArb, kind: fc.constantFrom(...DROPPED_KINDS), reason: textArb, before: fc.nat(20) }), { maxLength: 3 }),
  guesses: fc.array(
    fc.record({
      text: textArb,
      at: fc.oneof(fc.record({ block: fc.nat(20) }), fc.constant({ field: 'title' as const })),
      as: textArb,
      reason: textArb,
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 3 },
  ),
  changes: fc.array(
    fc.record({
      at: fc.oneof(fc.record({ block: fc.nat(20), line: fc.nat(1) }), fc.constant({ field: 'title' as const })),
      offset: fc.nat(40),
      before: fc.constantFrom(',', ' ', '"'),
      after: fc.constantFrom('，', '\u3000', '“'),
      rule: fc.constantFrom('punct-width' as const, 'headline-space' as const, 'quotes' as const),
    }),
    { maxLength: 4 },
  ),
})

export const bundleArb = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 3 })
  .chain((ids) =>
    fc.record({
      article: fc.record({
        version: fc.constant(2 as const),
        meta: fc.record(
          {
            title: textArb,
            kicker: textArb,
            subtitle: textArb,
            author: textArb,
            source: textArb,
            publishedAt: fc.constantFrom('2026-03-16T09:30:00+08:00', '2020-08-03T16:26:27+08:00', '2020-08-03T16:26+08:00', '2020-08-03'),
            docNumber: textArb,
            keywords: fc.array(textArb, { maxLength: 3 }),
          },
          { requiredKeys: ['title'] },
        ),
        blocks: fc.array(blockArb(ids), { minLength: 1, maxLength: 12 }),
        assets: fc.constant(
          Object.fromEntries(ids.map((id) => [id, { mime: 'image/png', name: `${id}.png`, width: 10, height: 8 } satisfies AssetInfo])),
        ),
      }) as fc.Arbitrary<Article>,
      assetData: fc.constant(Object.fromEntries(ids.map((id, i) => [id, new Uint8Array([137, 80, 78, 71, i, 1, 2, 3])]))),
      review: reviewArb,
    }, { requiredKeys: ['article', 'assetData'] }),
  )
