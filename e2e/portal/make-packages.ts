/**
 * Writes, for every portal fixture, the HTML package and the in-app preview page into the folder given
 * as argv[2]. Run through tsx: Playwright's loader cannot import the JSON that the style templates read
 * without import attributes, so the specs call this script instead of importing the renderers.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleBundle } from '../../src/core/model/article'
import type { ImportResult } from '../../src/core/import/types'
import { normalizeBundle } from '../../src/core/normalize'
import { BUILTIN_PROFILES } from '../../src/core/portal/builtin-profiles'
import { profileFromFooterText } from '../../src/core/portal/footer-profile'
import { packageImages } from '../../src/core/portal/image-files'
import type { PortalProfile } from '../../src/core/portal/profile'
import { renderPortalPage } from '../../src/core/portal/render-page'
import { writeHtmlPackage } from '../../src/node/export/package/write-package'
import { PORTAL_FIXTURES } from '../../test/fixtures/portal/articles'
import { USER_SAMPLE_PATH, readUserSample } from '../../test/fixtures/portal/sample'

const IMPORT_FILE = join(import.meta.dirname, '../../src/node/import/import-file.ts')

/** The user's scraped sample through the real importer and normaliser, as `banxin export` takes it. */
async function userSample(): Promise<ArticleBundle | undefined> {
  if (!existsSync(USER_SAMPLE_PATH) || !existsSync(IMPORT_FILE)) return undefined
  const { importFile } = (await import(IMPORT_FILE)) as { importFile: (path: string) => Promise<ImportResult> }
  return normalizeBundle((await importFile(USER_SAMPLE_PATH)).bundle)
}

const out = process.argv[2]
if (!out) throw new Error('usage: make-packages.ts OUT_DIR')

const bundles: Record<string, ArticleBundle> = Object.fromEntries(Object.entries(PORTAL_FIXTURES).map(([name, make]) => [name, make()]))
const profiles: Record<string, PortalProfile | undefined> = {}
const sample = await userSample()
if (sample) {
  bundles['user-sample'] = sample
  // A webmaster would make the profile from the sample page's own footer.
  profiles['user-sample'] = profileFromFooterText(readUserSample()!).profile
}

for (const [name, bundle] of Object.entries(bundles)) {
  const dir = join(out, name)
  mkdirSync(dir, { recursive: true })
  const profile = profiles[name]
  await writeHtmlPackage(bundle, { target: { kind: 'folder', path: join(dir, 'package') }, ...(profile ? { profile } : {}) })
  writeFileSync(join(dir, 'article.json'), JSON.stringify(bundle.article))
  const files = new Map(packageImages(bundle.article).map((img) => [img.asset, `package/${img.file}`]))
  for (const p of [...BUILTIN_PROFILES, ...(profile ? [profile] : [])]) {
    const html = renderPortalPage(bundle.article, { profile: p, imageSrc: (id) => files.get(id), templatePlaceholders: true })
    writeFileSync(join(dir, `app-preview-${p.id}.html`), html)
  }
}
writeFileSync(join(out, 'fixtures.json'), JSON.stringify(Object.keys(bundles)))
