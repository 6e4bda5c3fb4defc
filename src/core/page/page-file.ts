import { UserError } from '../errors'
import { addAssets, assetsOf, banxinJson, PAGE_ENTRY, unzipBanxin, zipBanxin } from '../file/banxin-file'
import { LIMITS } from '../limits'
import type { PageBundle } from './page'
import { PAGE_VERSION } from './page'
import { validatePageDocument } from './page-schema'
import { migrateArticle } from '../file/migrate-article'

/**
 * A page file is a .banxin holding `page.json` (the pages, their frames and the articles, embedded) and
 * `assets/<article>/<id>` (the articles' images): self-contained, so it archives the pages as printed
 * even after the articles' own files change or move (docs/pages.md).
 */

const assetPrefix = (article: string) => `assets/${article}/`

export function isPageFile(bytes: Uint8Array): boolean {
  try {
    return unzipBanxin(bytes, () => undefined).names.has(PAGE_ENTRY)
  } catch {
    return false
  }
}

export function readPageFile(bytes: Uint8Array): PageBundle {
  const { files, names } = unzipBanxin(bytes, (name) => (name === PAGE_ENTRY ? LIMITS.pageJsonBytes : name.startsWith('assets/') ? LIMITS.imageBytes : undefined))
  if (!files[PAGE_ENTRY]) {
    if (names.has('article.json')) throw new UserError('page.is-article', '这是单篇稿件文件，不是版面文件。可以用 banxin page 把稿件排上版面。')
    throw new UserError('page.no-page', '文件中缺少 page.json，不是完整的版面文件。')
  }
  const checked = validatePageDocument(withArticlesMigrated(banxinJson(files, PAGE_ENTRY, PAGE_VERSION)))
  if (!checked.ok) throw new UserError('page.invalid', '文件内容不符合版心的版面格式：', checked.errors)
  const page = checked.value
  const assetData: PageBundle['assetData'] = {}
  for (const [key, article] of Object.entries(page.articles)) assetData[key] = assetsOf(files, article, assetPrefix(key))
  return { page, assetData }
}

/** The embedded articles brought up to the current article version, as an article file's are (migrate-article.ts). */
function withArticlesMigrated(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('articles' in raw)) return raw
  const { articles } = raw as { articles: unknown }
  if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) return raw
  return { ...raw, articles: Object.fromEntries(Object.entries(articles).map(([key, article]) => [key, migrateArticle(article)])) }
}

export function writePageFile({ page, assetData }: PageBundle): Uint8Array {
  const entries = {}
  for (const [key, article] of Object.entries(page.articles)) addAssets(entries, { article, assetData: assetData[key] ?? {} }, assetPrefix(key))
  return zipBanxin(PAGE_ENTRY, page, entries, LIMITS.pageJsonBytes)
}
