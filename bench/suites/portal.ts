/**
 * Portal: the webmaster's HTML package written as a zip (render, html-validate both pages, checksums,
 * zip, atomic write) for the user's sample when ../shared/fixtures is present (goal ≤ 100 ms warm,
 * issue 5), for the project's feature fixture with three images, and the live preview's page render.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArticleBundle } from '../../src/core/model/article'
import { importDraft } from '../../src/core/import/import-draft'
import { normalizeBundle } from '../../src/core/normalize'
import { DEFAULT_PROFILE } from '../../src/core/portal/builtin-profiles'
import { profileFromFooterText } from '../../src/core/portal/footer-profile'
import { renderPortalPage } from '../../src/core/portal/render-page'
import { writeHtmlPackage } from '../../src/node/export/package/write-package'
import { exampleBundle, teaFeatureBundle } from '../../test/fixtures/portal/articles'
import { measure, type BenchResult } from '../harness'

const SAMPLE = fileURLToPath(new URL('../../../shared/fixtures/portal-article.txt', import.meta.url))

async function sampleBundle(): Promise<ArticleBundle> {
  const { bundle } = await importDraft(new Uint8Array(readFileSync(SAMPLE)), 'portal-article.txt')
  return normalizeBundle(bundle)
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-bench-portal-'))
  const results: BenchResult[] = []
  try {
    const zip = (bundle: ArticleBundle, extra: Omit<Parameters<typeof writeHtmlPackage>[1], 'target'> = {}) => () =>
      writeHtmlPackage(bundle, { target: { kind: 'zip', path: join(dir, 'package.zip') }, ...extra })
    if (existsSync(SAMPLE)) {
      const bundle = await sampleBundle()
      const profile = profileFromFooterText(readFileSync(SAMPLE, 'utf8')).profile
      results.push(await measure('HTML package, sample (portal-article.txt)', zip(bundle, { profile }), { runs: 15, warmup: 3, goalMs: 100 }))
    } else {
      results.push(await measure('HTML package, bundled example (no sample here)', zip(exampleBundle()), { runs: 15, warmup: 3, goalMs: 100 }))
    }
    const tea = teaFeatureBundle()
    const bytes = Object.values(tea.assetData).reduce((n, b) => n + b.length, 0)
    results.push(await measure('HTML package, tea-feature (3 images)', zip(tea), { runs: 15, warmup: 3, extra: { imageBytes: bytes } }))
    const article = exampleBundle().article
    results.push(await measure('portal page render (live preview)', () => renderPortalPage(article, { profile: DEFAULT_PROFILE, imageSrc: () => undefined }), { runs: 51, warmup: 5 }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}
