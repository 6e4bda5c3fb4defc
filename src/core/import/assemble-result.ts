import { UserError } from '../errors'
import { article, paragraph } from '../model/build'
import { validateArticle } from '../model/schema'
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

/** Recognised structure → a validated Article bundle and its report. */
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
  const checked = validateArticle(article(rec.meta, blocks, assets))
  if (!checked.ok)
    throw new UserError(
      'import.invalid',
      '导入结果不符合版心的文章格式，这是版心的缺陷，请把原文件发给开发者。',
      checked.errors,
    )
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
  const bundle = { article: checked.value, assetData }
  if (extras.name === undefined) return { bundle, report }
  const source = { name: extras.name, format: extras.format, ...(extras.encoding ? { encoding: extras.encoding } : {}) }
  const review = { source, dropped: report.dropped, guesses: report.guesses, changes: [] }
  return { bundle: { ...bundle, review }, report }
}
