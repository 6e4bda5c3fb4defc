import type { ArticleMeta, Block } from '../../model/article'
import type { ImportReport, SourcePosition } from '../types'
import type { SourceDrop, SourceItem } from '../source-item'
import { applyMetaFields, settleIssued } from './apply-meta'
import { recogniseBody } from './body'
import { readClosingCredit, readTrailingAuthor } from './credit'
import { recogniseHead } from './head'
import { parseMetaLine } from './meta-line'
import { findDate } from '../../model/dates'
import { dropChrome, dropFooter } from './tail'
import type { Entry, HeadlineField } from './work'
import { blocksAfter, drop, isOpenText, openText, startWork, type Work } from './work'

export interface RecogniseOptions {
  /** A whole draft (title block, meta, 导语) rather than a pasted fragment (body blocks only). */
  document: boolean
  /** Meta the markup declared (<meta name="ArticleTitle"> …): used where the text gives nothing. */
  hints?: Partial<ArticleMeta>
  /** What the parser already left out (a page's <nav>, <footer> …), to report with the rest. */
  dropped?: readonly SourceDrop[]
}

export interface Recognised {
  meta: ArticleMeta
  blocks: Block[]
  report: Pick<ImportReport, 'dropped' | 'guesses' | 'warnings'>
  positions: (SourcePosition[] | null)[]
  metaPositions: Partial<Record<HeadlineField, SourcePosition>>
}

/**
 * Lines of a draft → the Article's meta and blocks, plus a report of every line dropped and every
 * structure guessed (design §2). The same rules serve plain text, HTML, .docx and Markdown.
 */
export function recogniseStructure(items: readonly SourceItem[], options: RecogniseOptions): Recognised {
  const work = startWork(items)
  const chrome = new Set<Entry>()
  dropChrome(work, chrome)
  if (options.document) {
    recogniseHead(work, chromeAbove(work, chrome))
    dropRepeatedTitle(work)
    for (const line of openText(work)) {
      const parsed = parseMetaLine(line.text, false)
      if (parsed) applyMetaFields(work, parsed.fields, line, 'outside')
    }
    settleIssued(work)
  }
  dropFooter(work, chrome)
  if (options.document) readClosingCredit(work)
  const body = recogniseBody(work, options.document)
  if (options.document) {
    readTrailingAuthor(work, body.blocks)
    fillFromHints(work.meta, options.hints ?? {})
    if (!work.meta.title) work.warnings.push('没有识别出标题，请在标题栏中填写。')
  }
  const before = blocksAfter(work, items.length, body.blocks.length)
  const dropped = [...(options.dropped ?? []), ...work.dropped]
    .sort((a, b) => a.item - b.item)
    .map(({ text, kind, reason, item }) => ({ text, kind, reason, before: before[item]! }))
  return {
    meta: work.meta,
    blocks: body.blocks,
    report: { dropped, guesses: work.guesses, warnings: work.warnings },
    positions: body.positions,
    metaPositions: work.metaAt,
  }
}

/**
 * The chrome above the first paragraph (nav bars, breadcrumbs), whose column names the head may find repeated
 * over the title. Chrome below the article (a template's leaked fields) names the article itself.
 */
function chromeAbove(work: Work, chrome: ReadonlySet<Entry>): string {
  const first = work.entries.find((e) => isOpenText(e) && e.text.length > 50)?.index ?? Infinity
  return [...chrome].flatMap((e) => (e.kind === 'text' && e.index < first ? [e.text] : [])).join('\n')
}

/** A page that prints the title twice (its own heading, then the document's): the second is no body line. */
function dropRepeatedTitle(work: Work): void {
  const first = work.entries.find(isOpenText)
  const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '')
  if (first && work.meta.title && squash(first.text) === squash(work.meta.title))
    drop(work, first, 'repeated', '与标题重复（页面把标题印了两次）')
}

function fillFromHints(meta: ArticleMeta, hints: Partial<ArticleMeta>): void {
  for (const key of ['title', 'kicker', 'subtitle', 'author', 'source', 'summary'] as const) {
    const value = hints[key]?.trim()
    if (value && !meta[key]) meta[key] = value
  }
  if (!meta.publishedAt && hints.publishedAt) {
    const date = findDate(hints.publishedAt)
    if (date) meta.publishedAt = date.iso
  }
  if (!meta.keywords && hints.keywords?.length) meta.keywords = hints.keywords
}
