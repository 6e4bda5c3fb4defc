import type { Inline } from '../model/article'
import { text } from '../model/build'
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

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/

/** One item per line that holds any text; blank lines only separate. */
export function plainTextItems(source: string): TextItem[] {
  const items: TextItem[] = []
  source.split(LINE_BREAK).forEach((raw, i) => {
    const line = raw.includes('\f') ? raw.replace(/\f/g, '') : raw
    if (/\S/u.test(line)) items.push({ kind: 'text', inlines: [text(line)], at: { line: i + 1, column: 1 } })
  })
  return items
}

/** Source text a parser left out (a page's <nav>, <footer> …), standing before `items[item]`, with why. */
export interface SourceDrop {
  text: string
  reason: string
  item: number
}
