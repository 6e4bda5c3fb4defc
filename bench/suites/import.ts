/**
 * Import + normalise: the user's sample (when ../shared/fixtures is present), the project's portal-page
 * fixture, a .docx built in code, 1 MB of GB18030 text (goal ≤ 200 ms, issues 3 and 12), 1 MB of e-paper
 * pages (split into their stories), the whole real-draft corpus (goal < 1 s, issue 12), and a page nested
 * 200,000 <div>s deep (issue 14: linear in depth; it took 251 s when every level searched the whole stack).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importDraft } from '../../src/core/import/import-draft'
import { sampleDocx } from '../../src/core/import/testing/sample-docx'
import { EPAPER_PAGE } from '../../src/core/import/testing/epaper-page'
import { CORPUS_DIR, hasCorpus } from '../../test/import/corpus-eval'
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
  // Every story of every page is recognised twice: in the page read as one article and on its own.
  const pages = new TextEncoder().encode(
    `${EPAPER_PAGE}\n\n`.repeat(Math.ceil((1024 * 1024) / EPAPER_PAGE.length / 3)),
  )
  const split = await importDraft(pages, 'pages.txt')
  results.push(
    await measure('import 1 MB of e-paper pages (split)', () => importDraft(pages, 'pages.txt'), {
      runs: 3,
      warmup: 1,
      extra: { bytes: pages.length, articles: split.page?.articles.length ?? 1 },
    }),
  )
  if (hasCorpus()) {
    const corpus = readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(CORPUS_DIR, f))) }))
    results.push(
      await measure(
        `import+normalise the whole corpus (${corpus.length} real drafts)`,
        async () => {
          for (const page of corpus) await importAndNormalise(page.bytes, page.name)
        },
        { runs: 7, goalMs: 1000, extra: { bytes: corpus.reduce((n, p) => n + p.bytes.length, 0) } },
      ),
    )
  } else process.stdout.write(`corpus bench skipped: no corpus at ${CORPUS_DIR}\n`)
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
