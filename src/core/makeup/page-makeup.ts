import type { Layout } from '../typeset/frame'
import type { Rect } from '../typeset/paginate'

/** What the page compositor hands a writer and a 版面 view. */

/** Where a frame put its parts, pt: what a 版面 view draws as guides. */
export interface FrameRegions {
  /** The headline stack across its span, or the 竖题's columns. */
  head?: Rect
  /** The spanned lead image with its caption. */
  figure?: Rect
  /** The text columns, from where the text may start to the bottom of the frame. */
  columns: Rect[]
}

export interface FrameReport {
  id: string
  /** Index of the frame's page in the document. */
  page: number
  article: string
  /** The article's 主题, for messages and the view. */
  title: string
  /** The frame on the trimmed page, pt. */
  rect: Rect
  /** Lines of text that did not fit (overset), on the last frame of the article's thread. */
  overset: number
  /** The first of them, so the editor sees where the text stops. */
  oversetText?: string
  /** Rows left empty under the text of each of the frame's columns, summed (栏行: two half-empty columns of 10 rows are 10). */
  emptyRows: number
  /**
   * Rows the frame could lose with its text still fitting: the empty rows and those given to the white
   * round its headline (0 where the text goes on to another frame).
   */
  spareRows: number
  regions: FrameRegions
  /** What is wrong with the frame, in Chinese: off the grid, overlapping another, a continuation with no text … */
  problems: string[]
}

export interface PageMakeup {
  layout: Layout
  frames: FrameReport[]
}
