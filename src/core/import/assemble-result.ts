import { META_FIELDS, type ArticleMeta } from '../model/article'
import { article, paragraph } from '../model/build'
import type { AssetStore } from './asset-store'
import type { Recognised } from './recognise/recognise-structure'
import type { ImportReport, ImportResult } from './types'

export interface ResultExtras {
  /** The draft's file name: set when a whole draft is imported as a document, which then carries its review. */
  name?: string
  format: string
  encoding?: string
  store?: AssetStore
  warnings?: string[]
  /** Plain-text drafts map blocks back to source lines. */
  sourceMap?: boolean
}

/**
 * Recognised structure → an Article bundle and its report. The Article is not run through the schema here: the
 * importer builds it with the model's typed constructors from text it has read, so it is our own output, not data
 * entering from outside (a megabyte draft spent ~10% of its import copying itself through zod). The tests hold
 * every import to the schema instead: generated drafts (the fuzz and no-text-lost properties) and the corpus.
 */
export function assembleResult(rec: Recognised, extras: ResultExtras): ImportResult {
  const blocks = rec.blocks.length ? rec.blocks : [paragraph('')]
  const warnings = [...(extras.warnings ?? []), ...(extras.store?.refused ?? []), ...rec.report.warnings]
  if (!rec.blocks.length) warnings.push('没有识别出正文，导入的文稿是空的。')
  const used = new Set(blocks.flatMap((b) => (b.type === 'image' ? [b.asset] : [])))
  const assets: ReturnType<typeof article>['assets'] = {}
  const assetData: Record<string, Uint8Array> = {}
  for (const [id, info] of Object.entries(extras.store?.assets ?? {})) {
    if (!used.has(id)) continue
    assets[id] = info
    assetData[id] = extras.store!.data[id]!
  }
  const report: ImportReport = {
    format: extras.format,
    ...(extras.encoding ? { encoding: extras.encoding } : {}),
    dropped: rec.report.dropped,
    guesses: rec.report.guesses,
    warnings,
    ...(extras.sourceMap && rec.blocks.length
      ? { sourceMap: { blocks: rec.positions, meta: rec.metaPositions } }
      : {}),
  }
  const bundle = { article: article(orderedMeta(rec.meta), blocks, assets), assetData }
  if (extras.name === undefined) return { bundle, report }
  const source = { name: extras.name, format: extras.format, ...(extras.encoding ? { encoding: extras.encoding } : {}) }
  const review = { source, dropped: report.dropped, guesses: report.guesses, changes: [] }
  return { bundle: { ...bundle, review }, report }
}

/**
 * The meta with its fields in the schema's order, whatever order the recogniser found them in, so that a draft
 * imported twice saves to the same bytes (the schema's parse used to put them in this order).
 */
function orderedMeta(meta: ArticleMeta): ArticleMeta {
  const ordered: Partial<Record<keyof ArticleMeta, unknown>> = {}
  for (const key of META_FIELDS) if (key in meta) ordered[key] = meta[key]
  return ordered as ArticleMeta
}
