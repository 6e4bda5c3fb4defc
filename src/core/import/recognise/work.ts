import type { ArticleMeta } from '../../model/article'
import { inlineText } from '../../model/text'
import { trimBounds } from '../inlines'
import type { ImageItem, SourceItem, TextItem } from '../source-item'
import type { ImportReport, SourcePosition } from '../types'
import { positionAt } from '../../text/source-position'

/** The recogniser's working state: the source lines, which of them are used up, and the report so far. */

export interface TextEntry {
  kind: 'text'
  item: TextItem
  /** The line's full text, indentation included. */
  raw: string
  /** Trimmed text: what the rules look at. */
  text: string
  /** Offset of `text` in `raw`. */
  lead: number
  used: boolean
}

export interface ImageEntry {
  kind: 'image'
  item: ImageItem
  used: boolean
}

export type Entry = TextEntry | ImageEntry

export type HeadlineField = 'kicker' | 'title' | 'subtitle'

export interface Work {
  entries: Entry[]
  meta: ArticleMeta
  metaAt: Partial<Record<HeadlineField, SourcePosition>>
  report: Pick<ImportReport, 'dropped' | 'guesses' | 'warnings'>
}

export function startWork(items: readonly SourceItem[]): Work {
  const entries: Entry[] = []
  for (const item of items) {
    if (item.kind === 'image') {
      entries.push({ kind: 'image', item, used: false })
      continue
    }
    const raw = inlineText(item.inlines)
    const { start, end } = trimBounds(raw)
    if (end > start)
      entries.push({ kind: 'text', item, raw, text: raw.slice(start, end), lead: start, used: false })
  }
  return { entries, meta: { title: '' }, metaAt: {}, report: { dropped: [], guesses: [], warnings: [] } }
}

export function openEntries(work: Work): Entry[] {
  return work.entries.filter((e) => !e.used)
}

export function openText(work: Work): TextEntry[] {
  return work.entries.filter((e): e is TextEntry => e.kind === 'text' && !e.used)
}

export function drop(work: Work, entry: TextEntry, reason: string): void {
  entry.used = true
  work.report.dropped.push({ text: entry.text, reason })
}

export function guess(work: Work, text: string, as: string, reason: string): void {
  work.report.guesses.push({ text, as, reason })
}

/** Where `offset` (in the entry's raw text) lies in the source, for plain-text drafts. */
export function positionOf(entry: TextEntry, offset: number): SourcePosition | undefined {
  const at = entry.item.at
  return at ? positionAt(at, offset) : undefined
}
