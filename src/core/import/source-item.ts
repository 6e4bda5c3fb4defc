import type { Inline } from '../model/article'
import type { DroppedKind } from '../model/review'
import { text } from '../model/build'
import { LIMITS, tooManyBlocks } from '../limits'
import type { SourcePosition } from './types'

/**
 * What every parser (plain text, HTML, .docx, Markdown) hands the recogniser: lines of inline text in
 * reading order, with a hint where the markup said what a line is, and images already stored as assets.
 */

/** title = <h1>/Markdown #; heading = <h2>…<h6>; subtitle = Word's Subtitle style; table = a flattened row. */
export type LineHint = 'title' | 'subtitle' | 'heading' | 'quote' | 'table' | 'list'

export interface TextItem {
  kind: 'text'
  inlines: Inline[]
  hint?: LineHint
  /** Set for plain text, where a line of the source is a line of the draft. */
  at?: SourcePosition
}

export interface ImageItem {
  kind: 'image'
  asset: string
  alt: string
}

export type SourceItem = TextItem | ImageItem

const NON_SPACE = /\S/u

/**
 * One item per line that holds any text; blank lines only separate. Walks the text rather than splitting
 * it, so a draft past `LIMITS.blocks` lines is refused before millions of lines are made. Line breaks are
 * CR LF, CR, LF, U+2028 and U+2029, found by code unit (an expression would make a match per line).
 */
export function plainTextItems(source: string): TextItem[] {
  const items: TextItem[] = []
  const add = (raw: string, line: number) => {
    const content = raw.includes('\f') ? raw.replace(/\f/g, '') : raw
    if (!NON_SPACE.test(content)) return
    if (items.length === LIMITS.blocks) throw tooManyBlocks()
    items.push({ kind: 'text', inlines: [text(content)], at: { line, column: 1 } })
  }
  let start = 0
  let line = 1
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue
    add(source.slice(start, i), line++)
    if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++
    start = i + 1
  }
  add(source.slice(start), line)
  return items
}

/** Source text a parser left out (a page's <nav>, <footer> …), standing before `items[item]`, with why. */
export interface SourceDrop {
  text: string
  kind: DroppedKind
  reason: string
  item: number
}
