import { strFromU8, strToU8, zipSync } from 'fflate'
import type { Article, ArticleBundle, AssetData } from '../model/article'
import { ARTICLE_VERSION } from '../model/article'
import { reviewSchema } from '../model/review'
import { describePath, validateArticle } from '../model/schema'
import { UserError } from '../errors'
import { LIMITS, formatSize } from '../limits'
import { jsonBytesBound } from './json-size'
import { migrateArticle } from './migrate-article'
import { entryData, unsafeEntryName, zipEntries, type ZipEntry } from './zip-reader'

/**
 * The .banxin container: a zip (like .docx/.epub) holding `article.json`, `assets/<id>` and, for an imported
 * draft, `review.json` (what import dropped, guessed and normalised, so it stays reviewable). Reading never
 * trusts the archive: sizes, names and the JSON are all checked before use. Files written by older versions
 * are brought up to date (`migrate-article.ts`).
 */


const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ZIP_MAGIC.every((b, i) => bytes[i] === b)
}

function corrupt(): UserError {
  // No .bak is kept beside documents (docs/editor.md, "Saving"): the message sends the user to where
  // an intact copy can be, since a Banxin save never leaves a half-written file.
  return new UserError('banxin.corrupt', '文件已损坏，无法解压，可能在复制或传输时被截断。请从原来的位置（邮件附件、U 盘、共享文件夹）重新获取这份文件。')
}

type Unzipped = Record<string, Uint8Array>

/** A .banxin's entries: those the reader asked for, and the names of all of them. */
export interface BanxinEntries {
  files: Unzipped
  names: Set<string>
}

/**
 * Opens a .banxin zip without trusting it: entry count, names and claimed sizes are checked before
 * anything is inflated, and each entry is inflated only up to what it claims (`zip-reader.ts`).
 * `limitOf` gives each wanted entry's size limit; entries it returns undefined for are skipped.
 */
export function unzipBanxin(bytes: Uint8Array, limitOf: (name: string) => number | undefined): BanxinEntries {
  if (bytes.length === 0) throw new UserError('banxin.empty', '文件是空的（0 字节），无法打开。')
  if (!isZip(bytes)) throw new UserError('banxin.not-zip', '这不是版心文件：内容不是 .banxin 所用的压缩包格式。')
  let entries: ZipEntry[]
  try {
    entries = zipEntries(bytes)
  } catch {
    throw corrupt()
  }
  if (entries.length > LIMITS.banxinEntries) throw new UserError('banxin.too-many-entries', '文件中的条目过多，可能已损坏或并非版心文件。')
  let total = 0
  const wanted: ZipEntry[] = []
  for (const file of entries) {
    if (unsafeEntryName(file.name)) throw new UserError('banxin.unsafe-name', `文件中含有不安全的路径「${file.name}」，已拒绝打开。`)
    const limit = limitOf(file.name)
    if (limit === undefined) continue
    total += file.size
    if (file.size > limit || total > LIMITS.banxinUnzippedBytes)
      throw new UserError('banxin.oversize', `文件中的「${file.name}」解压后过大，可能是恶意构造的压缩包，已拒绝打开。`)
    wanted.push(file)
  }
  const liar = (entry: ZipEntry) =>
    new UserError('banxin.size-mismatch', `文件中的「${entry.name}」解压后的大小与记录不符，文件已损坏或是恶意构造的，已拒绝打开。`)
  const files: Unzipped = {}
  for (const file of wanted) {
    try {
      files[file.name] = entryData(bytes, file, liar)
    } catch (error) {
      throw error instanceof UserError && error.code === 'banxin.size-mismatch' ? error : corrupt()
    }
  }
  return { files, names: new Set(entries.map((e) => e.name)) }
}

/** The JSON document at `name`, parsed; a format version newer than `newest` is refused with a clear message. */
export function banxinJson(files: Unzipped, name: string, newest: number): unknown {
  let raw: unknown
  try {
    raw = JSON.parse(strFromU8(files[name]!))
  } catch {
    throw new UserError('banxin.bad-json', `文件中的 ${name} 不是有效的 JSON，文件可能已损坏。`)
  }
  const version = (raw as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > newest)
    throw new UserError('banxin.newer-version', `此文件由更新版本的版心保存（格式版本 ${version}），请升级版心后再打开。`)
  return raw
}

/** A page file (版面) holds page.json instead of article.json. */
export const PAGE_ENTRY = 'page.json'

const REVIEW_ENTRY = 'review.json'

function readReview(files: Unzipped): ArticleBundle['review'] {
  if (!files[REVIEW_ENTRY]) return undefined
  const checked = reviewSchema().safeParse(banxinJson(files, REVIEW_ENTRY, Infinity))
  if (checked.success) return checked.data
  const errors = checked.error.issues.slice(0, 20).map((issue) => `${describePath(issue.path)}：${issue.message}`)
  throw new UserError('banxin.invalid', '文件中的导入记录（review.json）已损坏：', errors)
}

export function readBanxin(bytes: Uint8Array): ArticleBundle {
  const json = (name: string) => name === 'article.json' || name === REVIEW_ENTRY
  const { files, names } = unzipBanxin(bytes, (name) => (json(name) ? LIMITS.articleJsonBytes : name.startsWith('assets/') ? LIMITS.imageBytes : undefined))
  if (!files['article.json']) {
    if (names.has(PAGE_ENTRY)) throw new UserError('banxin.is-page', '这是版面文件（报纸版面），不是单篇稿件，请在版面视图中打开。')
    throw new UserError('banxin.no-article', '文件中缺少 article.json，不是完整的版心文件。')
  }
  const raw = banxinJson(files, 'article.json', ARTICLE_VERSION)
  const checked = validateArticle(migrateArticle(raw))
  if (!checked.ok) throw new UserError('banxin.invalid', '文件内容不符合版心的文章格式：', checked.errors)
  const article = checked.value
  const review = readReview(files)
  const assetData = assetsOf(files, article, 'assets/')
  return review ? { article, assetData, review } : { article, assetData }
}

/** The bytes of an article's images, stored under `prefix` + asset id. */
export function assetsOf(files: Unzipped, article: Article, prefix: string): AssetData {
  const assetData: AssetData = {}
  for (const id of Object.keys(article.assets)) {
    const data = files[prefix + id]
    if (!data) throw new UserError('banxin.missing-asset', `文件中缺少图片「${article.assets[id]!.name}」（${prefix}${id}）。`)
    assetData[id] = data
  }
  return assetData
}

type ZipEntries = Record<string, Uint8Array | [Uint8Array, { level: 0 }]>

/** Adds an article's images under `prefix` + asset id; a missing one refuses the save. */
export function addAssets(entries: ZipEntries, { article, assetData }: ArticleBundle, prefix: string): void {
  for (const id of Object.keys(article.assets)) {
    const data = assetData[id]
    if (!data) throw new UserError('banxin.missing-asset', `图片「${article.assets[id]!.name}」的数据丢失，无法保存。`)
    // Images are already compressed; storing them avoids wasted CPU on every save.
    entries[prefix + id] = [data, { level: 0 }]
  }
}

/** The one serialisation of a .banxin's JSON entries: what Save writes and what the reader's limit measures. */
function jsonEntry(json: unknown): Uint8Array {
  return strToU8(JSON.stringify(json, null, 1))
}

/**
 * Refuses, at import, an article whose .banxin Banxin would refuse to open (article.json past
 * `LIMITS.articleJsonBytes`), so the user hears it before working on it rather than on reopening. Only
 * an article whose bound reaches the limit is serialised to measure it.
 */
export function checkSavable(bundle: ArticleBundle, limit: number = LIMITS.articleJsonBytes): void {
  if (jsonBytesBound(bundle.article, limit) <= limit) return
  const size = jsonEntry(bundle.article).length
  if (size > limit)
    throw new UserError(
      'import.too-large',
      `导入后的文稿有 ${formatSize(size)}，超过版心文件的上限 ${formatSize(limit)}，保存后将无法再打开，因此没有导入。请把原稿拆成几份再导入。`,
    )
}

/** A .banxin's bytes: the JSON document under `name` and the entries given. Fixed times, so equal documents give equal files. */
export function zipBanxin(name: string, json: unknown, entries: ZipEntries = {}, limit: number = LIMITS.articleJsonBytes): Uint8Array {
  const text = jsonEntry(json)
  // The reader's limit, checked when writing too: nothing Banxin saves is a file it refuses to open.
  if (text.length > limit)
    throw new UserError('banxin.too-large', `文稿过大（${name} 有 ${formatSize(text.length)}，上限 ${formatSize(limit)}），无法保存，原文件未改动。请把稿件拆成几份。`)
  return zipSync({ [name]: text, ...entries }, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') })
}

export function writeBanxin(bundle: ArticleBundle): Uint8Array {
  const entries: ZipEntries = {}
  if (bundle.review) entries[REVIEW_ENTRY] = jsonEntry(bundle.review)
  addAssets(entries, bundle, 'assets/')
  return zipBanxin('article.json', bundle.article, entries)
}
