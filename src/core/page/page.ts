import type { Article, AssetData } from '../model/article'

/**
 * The page document (版面): one or more newspaper pages of an issue, each with its 版头 (or the front
 * page's 报头) and article frames on the page preset's column grid, and the articles themselves,
 * embedded, so a page file is self-contained and can be archived as printed (docs/pages.md).
 *
 * Frames are rectangles of whole columns by whole rows of the baseline grid, counted from the top of the
 * page's content area (below the 版头 or 报头). The frames that show one article form its thread, in
 * document order (page by page, then in the order listed): the first carries the headline stack, the
 * text runs on through the others, and where the next one is on another page the text ends in
 * 「（下转第N版）」 and goes on under 「（上接第N版）」.
 */

export const PAGE_VERSION = 1

/** A rectangle on the page's grid: whole columns and rows of the content area, 0-based. */
export interface GridRect {
  column: number
  columns: number
  row: number
  rows: number
}

/**
 * 1 is the 头条's headline size; each next weight is a step smaller (the page preset's ladder).
 * On a continuation frame the weight sets the 续题.
 */
export type HeadlineWeight = 1 | 2 | 3 | 4 | 5
export const HEADLINE_WEIGHTS: readonly HeadlineWeight[] = [1, 2, 3, 4, 5]

export interface HeadlineSpec {
  /** across: 引题/主题/副题 over the text; vertical: a 竖题 in its own columns beside the text. */
  direction: 'across' | 'vertical'
  /** Columns of the frame the headline spans (an across headline starts at the frame's left). */
  columns: number
  weight: HeadlineWeight
  /**
   * The side of a 竖题. Its lines follow the newspaper habit: on the text's left they are read from left
   * to right, on its right from right to left.
   */
  side: 'left' | 'right'
}

/** 单线, 文武线 (a thick and a thin rule), 花边 (an ornamental border of small motifs). */
export type FrameBox = 'line' | 'double' | 'flower'
export const FRAME_BOXES: readonly FrameBox[] = ['line', 'double', 'flower']

export interface ArticleFrame extends GridRect {
  /** Unique in the document; a UI selects and edits frames by it. */
  id: string
  /** Key of the article in `PageDocument.articles`. */
  article: string
  headline: HeadlineSpec
  /** The article's first image set across this many columns at the top of the text, with its caption. */
  figure?: { columns: number }
  /** A box around a short piece; its text is set inside it. A boxed article has one frame. */
  box?: FrameBox
  /** 栏线: hairlines between the frame's columns. */
  columnRules?: true
}

export interface PageSpec {
  /** 版次: the page's number in the issue (第 N 版). */
  number: number
  /** 版名: 要闻, 综合, 经济 … */
  name: string
  /** 责任编辑 and 美术编辑. */
  editor?: string
  designer?: string
  /** The front page's 报头: the paper's name, 刊号 and the date in the Gregorian and lunar calendars. */
  masthead?: true
  frames: ArticleFrame[]
}

export interface Paper {
  /** 报名. */
  name: string
  /** 国内统一连续出版物号, e.g. CN 11-0000. */
  serial?: string
  /** 总第 N 期. */
  issue?: number
}

export interface PageDocument {
  version: typeof PAGE_VERSION
  /** Page preset id: sikai (四开), duikai (对开). */
  preset: string
  paper: Paper
  /** 出版日期, YYYY-MM-DD. */
  date: string
  pages: PageSpec[]
  /** The articles on the pages, embedded copies by key. */
  articles: Record<string, Article>
}

/** A page document with the bytes of its articles' images, by article key then asset id: what a page file holds. */
export interface PageBundle {
  page: PageDocument
  assetData: Record<string, AssetData>
}
