import type { ArticleMeta } from '../../model/article'
import { inlineText } from '../../model/text'
import { trimBounds } from '../inlines'
import type { DroppedKind, Guess, LineTarget, MetaFieldName } from '../../model/review'
import type { ImageItem, SourceDrop, SourceItem, TextItem } from '../source-item'
import type { SourcePosition } from '../types'
import { positionAt } from '../../text/source-position'
import { decide, type Cue } from './evidence'

/** The recogniser's working state: the source lines, which of them are used up, and the report so far. */

export interface TextEntry {
  kind: 'text'
  item: TextItem
  /** Its index in the source items. */
  index: number
  /** The first block it became, once the body is walked. */
  block?: number
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
  index: number
  block?: number
  used: boolean
}

export type Entry = TextEntry | ImageEntry

export type HeadlineField = 'kicker' | 'title' | 'subtitle'

export interface Work {
  entries: Entry[]
  meta: ArticleMeta
  metaAt: Partial<Record<HeadlineField, SourcePosition>>
  /** Left out so far; where each stood (`before`) is known once the blocks are. */
  dropped: SourceDrop[]
  guesses: Guess[]
  warnings: string[]
  /** A 发文日期 read in the head, the 发布时间 if none is given (`settleIssued`). */
  issued?: { iso: string; field: string; line: string; item: number; cues: Cue[] }
  /** Per meta field filled from a meta line, the evidence for its value, so a better-evidenced line can take it. */
  held: Partial<Record<MetaFieldName, HeldField>>
}

/** A meta field's value as a line gave it: the weight of its cues, and how the line is listed if another wins. */
export interface HeldField {
  score: number
  drop: SourceDrop
}

export function startWork(items: readonly SourceItem[]): Work {
  const entries: Entry[] = []
  items.forEach((item, index) => {
    if (item.kind === 'image') {
      entries.push({ kind: 'image', item, index, used: false })
      return
    }
    const raw = inlineText(item.inlines)
    const { start, end } = trimBounds(raw)
    if (end > start)
      entries.push({ kind: 'text', item, index, raw, text: raw.slice(start, end), lead: start, used: false })
  })
  return { entries, meta: { title: '' }, metaAt: {}, dropped: [], guesses: [], warnings: [], held: {} }
}

export function openEntries(work: Work): Entry[] {
  return work.entries.filter((e) => !e.used)
}

/** More than `n` lines are not used up yet (counted no further than that). */
export function openMoreThan(work: Work, n: number): boolean {
  let open = 0
  for (const e of work.entries) if (!e.used && ++open > n) return true
  return false
}

export function openText(work: Work): TextEntry[] {
  return work.entries.filter(isOpenText)
}

/** A text line not used up yet. */
export function isOpenText(e: Entry | undefined): e is TextEntry {
  return e?.kind === 'text' && !e.used
}

export function drop(work: Work, entry: TextEntry, kind: DroppedKind, reason: string, text = entry.text): void {
  entry.used = true
  work.dropped.push({ text, kind, reason, item: entry.index })
}

/** A role given to a line: what it became (`as`), where it went, and the evidence for it. */
export function guess(work: Work, text: string, at: LineTarget, as: string, cues: readonly Cue[]): void {
  work.guesses.push({ text, at, as, ...decide(cues) })
}

/** Per source item (and one past the end), the first block of the article at or after it. */
export function blocksAfter(work: Work, items: number, blocks: number): number[] {
  const first = new Array<number | undefined>(items).fill(undefined)
  for (const e of work.entries) first[e.index] = e.block
  const before = new Array<number>(items + 1).fill(blocks)
  for (let i = items - 1; i >= 0; i--) before[i] = first[i] ?? before[i + 1]!
  return before
}

/** Where `offset` (in the entry's raw text) lies in the source, for plain-text drafts. */
export function positionOf(entry: TextEntry, offset: number): SourcePosition | undefined {
  const at = entry.item.at
  return at ? positionAt(at, offset) : undefined
}
