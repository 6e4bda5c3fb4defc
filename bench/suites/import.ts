/**
 * Import + normalise: the user's sample (when ../shared/fixtures is present), the project's portal-page
 * fixture, a .docx built in code, 1 MB of GB18030 text (goal ≤ 200 ms, issue 3), and a page nested 200,000
 * <div>s deep (issue 14: linear in depth; it took 251 s when every level searched the whole stack).
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importDraft } from '../../src/core/import/import-draft'
import { sampleDocx } from '../../src/core/import/testing/sample-docx'
import { normalizeArticle } from '../../src/core/normalize'
import { measure, type BenchResult } from '../harness'

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))
const SAMPLE = path('../../../shared/fixtures/portal-article.txt')

async function importAndNormalise(bytes: Uint8Array, name: string): Promise<number> {
  const { bundle } = await importDraft(bytes, name)
  return normalizeArticle(bundle.article).changes.length
}

/** The GB18030 fixture repeated to 1 MB: about 2,400 short articles' worth of lines, all in one draft. */
function megabyteOfGb18030(): Uint8Array {
  const unit = readFileSync(path('../../test/fixtures/import/gb18030-column.txt'))
  const copies = Math.ceil((1024 * 1024) / unit.length)
  const out = new Uint8Array(unit.length * copies)
  for (let i = 0; i < copies; i++) out.set(unit, i * unit.length)
  return out
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  if (existsSync(SAMPLE)) {
    const bytes = new Uint8Array(readFileSync(SAMPLE))
    const changes = await importAndNormalise(bytes, 'portal-article.txt')
    results.push(
      await measure(
        'import+normalise sample (portal-article.txt)',
        () => importAndNormalise(bytes, 'portal-article.txt'),
        { runs: 21, extra: { bytes: bytes.length, changes } },
      ),
    )
  }
  const portal = new Uint8Array(readFileSync(path('../../test/fixtures/import/portal-copy.txt')))
  results.push(
    await measure(
      'import+normalise portal-copy.txt (own fixture)',
      () => importAndNormalise(portal, 'portal-copy.txt'),
      { runs: 21 },
    ),
  )
  const docx = await sampleDocx()
  results.push(
    await measure('import+normalise .docx (built in code)', () => importAndNormalise(docx, 'draft.docx'), {
      runs: 11,
      extra: { bytes: docx.length },
    }),
  )
  const big = megabyteOfGb18030()
  const { bundle } = await importDraft(big, 'big.txt')
  results.push(
    await measure('import+normalise 1 MB GB18030 text', () => importAndNormalise(big, 'big.txt'), {
      runs: 7,
      goalMs: 200,
      extra: { bytes: big.length, blocks: bundle.article.blocks.length },
    }),
  )
  const depth = 200_000
  const nested = new TextEncoder().encode(
    '<!doctype html><p>开头。</p>' + '<div>'.repeat(depth) + '深处的文字。' + '</div>'.repeat(depth),
  )
  results.push(
    await measure('import HTML nested 200,000 <div>s deep', () => importDraft(nested, 'deep.html'), {
      runs: 3,
      warmup: 1,
      extra: { bytes: nested.length },
    }),
  )
  return results
}
