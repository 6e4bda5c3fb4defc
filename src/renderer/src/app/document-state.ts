import type { ArticleBundle, ArticleMeta, AssetInfo, Block } from '../../../core/model/article'
import type { ImportReport } from '../../../core/import/types'
import type { OpenedDocument } from '../../../core/ipc/contract'
import type { Change } from '../../../core/normalize'

export interface DocumentState {
  /** Identifies the open document for autosave; new for every open. */
  id: string
  bundle: ArticleBundle
  path?: string
  displayName: string
  dirty: boolean
  report?: ImportReport
  /** Normalisations made when the draft was opened, for the HTML package's report/changes.log. */
  importChanges?: Change[]
}

export function newDocId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

export function fromOpened(doc: OpenedDocument, dirty = !doc.path): DocumentState {
  return {
    id: newDocId(),
    bundle: doc.bundle,
    displayName: doc.displayName,
    dirty,
    ...(doc.path ? { path: doc.path } : {}),
    ...(doc.report ? { report: doc.report } : {}),
    ...(doc.changes ? { importChanges: doc.changes } : {}),
  }
}

export function withBlocks(doc: DocumentState, blocks: Block[]): DocumentState {
  return { ...doc, dirty: true, bundle: { ...doc.bundle, article: { ...doc.bundle.article, blocks } } }
}

export function withMeta(doc: DocumentState, meta: ArticleMeta): DocumentState {
  return { ...doc, dirty: true, bundle: { ...doc.bundle, article: { ...doc.bundle.article, meta } } }
}

/** Adds an image's bytes; the editor inserts the block that shows it. */
export function withAsset(doc: DocumentState, asset: { id: string; info: AssetInfo; bytes: Uint8Array }): DocumentState {
  const { article, assetData } = doc.bundle
  return {
    ...doc,
    dirty: true,
    bundle: { article: { ...article, assets: { ...article.assets, [asset.id]: asset.info } }, assetData: { ...assetData, [asset.id]: asset.bytes } },
  }
}

/** Drops the bytes of images no longer in the text, so a saved file carries only what it shows. */
export function withoutUnusedAssets(bundle: ArticleBundle): ArticleBundle {
  const used = new Set(bundle.article.blocks.flatMap((b) => (b.type === 'image' ? [b.asset] : [])))
  const ids = Object.keys(bundle.article.assets)
  if (ids.every((id) => used.has(id))) return bundle
  const keep = <T,>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => used.has(id)))
  return { article: { ...bundle.article, assets: keep(bundle.article.assets) }, assetData: keep(bundle.assetData) }
}

/** A file name from the title for Save As: 标题.banxin, without characters Windows forbids. */
export function suggestedFileName(doc: DocumentState): string {
  const fromTitle = doc.bundle.article.meta.title.replace(/[\\/:*?"<>|\u3000\s]+/g, '').slice(0, 40)
  return doc.path ? doc.displayName : (fromTitle || doc.displayName.replace(/\.banxin$/, '') || '未命名') + '.banxin'
}
