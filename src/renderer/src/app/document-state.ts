import type { ArticleBundle, ArticleMeta, AssetInfo, Block } from '../../../core/model/article'
import type { ImportReview } from '../../../core/model/review'
import type { ImportReport } from '../../../core/import/types'
import type { Opened } from '../../../core/ipc/contract'
import type { PageBundle } from '../../../core/page/page'
import type { BanxinContent } from '../../../core/page/banxin-content'
import { builtinPagePresets } from '../../../core/page/builtin-page-presets'
import { fileNameFrom } from '../../../core/file/file-name'
import type { ExportContent } from '../export/ExportDialog'
import { EMPTY_HISTORY, type PageHistory } from '../page/page-history'

interface Tab {
  /** Identifies the open document for autosave; new for every open. */
  id: string
  path?: string
  displayName: string
  dirty: boolean
}

/** An article in the editor. */
export interface ArticleTab extends Tab {
  kind: 'article'
  bundle: ArticleBundle
  report?: ImportReport
}

/** A page file (版面) in the 版面 view, with the undo history of its page edits. */
export interface PageTab extends Tab {
  kind: 'page'
  page: PageBundle
  history: PageHistory
}

export type DocumentState = ArticleTab | PageTab

export function newDocId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

export function fromOpened(doc: Opened, dirty = !doc.path): DocumentState {
  const tab = { id: newDocId(), displayName: doc.displayName, dirty, ...(doc.path ? { path: doc.path } : {}) }
  if ('page' in doc) return { ...tab, kind: 'page', page: doc.page, history: EMPTY_HISTORY }
  return {
    ...tab,
    kind: 'article',
    bundle: doc.bundle,
    ...(doc.report ? { report: doc.report } : {}),
  }
}

export function withBlocks(doc: ArticleTab, blocks: Block[]): ArticleTab {
  return { ...doc, dirty: true, bundle: { ...doc.bundle, article: { ...doc.bundle.article, blocks } } }
}

export function withMeta(doc: ArticleTab, meta: ArticleMeta): ArticleTab {
  return { ...doc, dirty: true, bundle: { ...doc.bundle, article: { ...doc.bundle.article, meta } } }
}

export function withReview(doc: ArticleTab, review: ImportReview | undefined): ArticleTab {
  const bundle = { ...doc.bundle, review }
  if (!review) delete bundle.review
  return { ...doc, dirty: true, bundle }
}

/** An image's bytes added to an article; the editor inserts the block that shows it. */
export function bundleWithAsset(bundle: ArticleBundle, asset: { id: string; info: AssetInfo; bytes: Uint8Array }): ArticleBundle {
  const { article, assetData } = bundle
  return { ...bundle, article: { ...article, assets: { ...article.assets, [asset.id]: asset.info } }, assetData: { ...assetData, [asset.id]: asset.bytes } }
}

export function withAsset(doc: ArticleTab, asset: { id: string; info: AssetInfo; bytes: Uint8Array }): ArticleTab {
  return { ...doc, dirty: true, bundle: bundleWithAsset(doc.bundle, asset) }
}

/** Drops the bytes of images no longer in the text, so a saved file carries only what it shows. */
export function withoutUnusedAssets(bundle: ArticleBundle): ArticleBundle {
  const used = new Set(bundle.article.blocks.flatMap((b) => (b.type === 'image' ? [b.asset] : [])))
  const ids = Object.keys(bundle.article.assets)
  if (ids.every((id) => used.has(id))) return bundle
  const keep = <T,>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => used.has(id)))
  return { ...bundle, article: { ...bundle.article, assets: keep(bundle.article.assets) }, assetData: keep(bundle.assetData) }
}

/** Each article of a page file without the images its text no longer shows. */
function pageWithoutUnusedAssets({ page, assetData }: PageBundle): PageBundle {
  const articles: PageBundle['page']['articles'] = {}
  const data: PageBundle['assetData'] = {}
  for (const [key, article] of Object.entries(page.articles)) {
    const kept = withoutUnusedAssets({ article, assetData: assetData[key] ?? {} })
    articles[key] = kept.article
    data[key] = kept.assetData
  }
  return { page: { ...page, articles }, assetData: data }
}

/** The tab's content as edited (the same object until the next edit): what autosave copies. */
export function editedContent(doc: DocumentState): BanxinContent {
  return doc.kind === 'page' ? doc.page : doc.bundle
}

/** What Save and export write for the tab: its content without images no text shows. */
export function savedContent(doc: DocumentState): BanxinContent {
  return doc.kind === 'page' ? pageWithoutUnusedAssets(doc.page) : withoutUnusedAssets(doc.bundle)
}

/** What the export dialog exports for the tab: what Save writes, and for a page file its page preset's name. */
export function exportContent(doc: DocumentState): ExportContent {
  if (doc.kind === 'article') return { kind: 'article', bundle: withoutUnusedAssets(doc.bundle) }
  const preset = builtinPagePresets().find((p) => p.id === doc.page.page.preset)
  return { kind: 'page', bundle: pageWithoutUnusedAssets(doc.page), presetName: preset?.name ?? doc.page.page.preset }
}

/** A file name for Save As: 标题.banxin, or 河川日报第1版.banxin for a page file, one Windows accepts (`fileNameFrom`). */
export function suggestedFileName(doc: DocumentState): string {
  if (doc.path) return doc.displayName
  const fromContent =
    doc.kind === 'page' ? fileNameFrom(doc.page.page.paper.name + doc.page.page.pages.map((p) => `第${p.number}版`).join('')) : fileNameFrom(doc.bundle.article.meta.title)
  return (fromContent || fileNameFrom(doc.displayName.replace(/\.banxin$/, '')) || '未命名') + '.banxin'
}
