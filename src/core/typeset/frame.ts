import type { ImageCrop } from '../model/article'
import type { FaceId } from './font-metrics'
import type { PrintCondition } from './preset'

/**
 * What layout produces: pages of positioned lines, glyph runs, rules, boxes and images, as plain data
 * (Typst's frames). The PDF writer and the print preview both draw exactly this, so they cannot
 * disagree, and tests assert on it rather than on PDF bytes. Units are points; the origin is the top
 * left corner of the trimmed page; y grows downwards; text is placed by its baseline.
 */

/**
 * One shaped glyph (Typst's `Glyph`). Advances and offsets are in em of the run's size, so a writer
 * never needs the font's metrics to place it, only its outline (or its id in an embedded subset).
 */
export interface Glyph {
  /** Glyph id in the font that prints the run's face. */
  id: number
  /** How far the pen moves after it, em (a compressed mark's is its ink half, as it is set). */
  advance: number
  /** Offset of the glyph from the pen position, em; dy upwards, as in the font. */
  dx: number
  dy: number
  /** The UTF-16 range of the run's text the glyph was shaped from (its cluster): [start, end). */
  start: number
  end: number
}

/**
 * Glyphs drawn from the pen position (x, y), shaped once during layout: each glyph advances by its own
 * advance plus `tracking` (PDF `Tc`, CSS `letter-spacing`). Writers only read `glyphs`; `text` is what
 * copy, search and extraction should find.
 */
export interface TextRun {
  x: number
  y: number
  text: string
  face: FaceId
  size: number
  color: string
  tracking: number
  glyphs: Glyph[]
  /**
   * A mark set without its trailing blank (clreq punctuation compression): its glyph advances by the
   * mark's ink half, and the PDF gives the glyph that width too, so copy/paste and search tools see
   * the width as set.
   */
  compressed?: true
  /** Chinese fonts have no italic: italic text is slanted by this many degrees. */
  oblique?: number
  /** The face has no bold weight: its outlines are also stroked this wide (pt) in the run's colour. */
  stroke?: number
  /**
   * Vertical setting (竖排): the pen starts at (x, y), x the left edge of a column one em wide and y the
   * top of the first glyph's box, and moves down by each glyph's advance plus `tracking`; each glyph
   * stands upright with its origin at (x + dx·size, pen − dy·size).
   */
  vertical?: true
  /** Set sideways (Latin in a vertical line): the run is drawn as horizontal text turned 90° clockwise about (x, y). */
  rotate?: 90
}

export type LineRole = 'title' | 'heading' | 'body' | 'caption' | 'furniture'

/** Standard structure types of tagged PDF (ISO 32000-1 §14.8.4) that a layout uses. */
export type StructureType = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'P' | 'Caption' | 'Figure'

/**
 * What a line or image is in the document's logical structure, for tagged PDF (screen readers, reflow,
 * archives): lines and images with the same `element` are one heading, paragraph, caption or figure,
 * and elements are numbered in reading order. Furniture (running heads, folios) and decorations carry
 * none: they are artifacts.
 */
export interface Structure {
  type: StructureType
  element: number
  /** The article block it was set from (absent for the title block). */
  block?: number
}

/**
 * A line of text. A vertical line (`vertical`) runs down the page: `x` is the left edge of its column,
 * `baseline` the top of the line's box, and `measure`, `start` and `width` are lengths and a position
 * down the page.
 */
export interface Line {
  role: LineRole
  vertical?: true
  /** Left edge of the line's box (the column edge, before any indent). */
  x: number
  baseline: number
  /** The width the line is set to: its column minus indents. */
  measure: number
  /** Left edge of the first character (after indent and alignment). */
  start: number
  /** The set width from `start` to the end of the last character. */
  width: number
  /** Filled to the measure (every line of a justified paragraph but the last). */
  justified: boolean
  /** A pause or stop mark hanging past the measure by this much (clreq 行末点号悬挂): width − measure. */
  overhang?: number
  /** The last line of its paragraph. */
  last: boolean
  text: string
  runs: TextRun[]
  /** Absent for furniture. */
  structure?: Structure
}

export interface RuleItem {
  kind: 'rule'
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
  color: string
}

export interface BoxItem {
  kind: 'box'
  x: number
  y: number
  width: number
  height: number
  color: string
}

/** 着重号: a dot under a character (GB/T 15834 §4.15). */
export interface DotItem {
  kind: 'dot'
  x: number
  y: number
  radius: number
  color: string
}

export interface ImageItem {
  kind: 'image'
  asset: string
  x: number
  y: number
  width: number
  height: number
  /** What the image shows, for readers who cannot see it (the image block's alt text). */
  alt: string
  /** The original is drawn larger and clipped to the box, so the box shows only this window of it. */
  crop?: ImageCrop
  structure?: Structure
}

/** Drawn before the page's lines, so a band sits behind its text. */
export type PageItem = RuleItem | BoxItem | DotItem | ImageItem

export interface Page {
  /** The printed page number (page labels). */
  label: string
  lines: Line[]
  items: PageItem[]
}

export interface Bookmark {
  title: string
  /** 0 for the title, 1 for section headings and 一、, 2 for （一） … */
  level: number
  page: number
  y: number
}

export interface PageGeometry {
  /** Trimmed page size. */
  width: number
  height: number
  /** Bleed on every side, added around the trimmed page by the writer. */
  bleed: number
  cropMarks: boolean
  /** Colours are written as CMYK process inks (a printing house's PDF), not RGB. */
  processColor: boolean
  /** With process colours: the printing condition they are separated for. */
  printCondition?: PrintCondition
}

/** Something the layout could not fit: told to the reader (`warnings`) and listed for preflight. */
export type Overflow =
  | {
      /** line: a line wider than its column (a run that cannot break); block: a slab (figure, line) taller than its column. */
      kind: 'line' | 'block'
      /** The page (0-based) it is on. */
      page: number
      /** The start of the text concerned (empty for a figure without caption). */
      text: string
      /** How far it reaches past its column (line) or below it (block), pt. */
      by: number
    }
  | {
      /** Text a page compositor's frames could not hold. */
      kind: 'overset'
      /** The page (0-based) of the thread's last frame. */
      page: number
      /** The first line that did not fit. */
      text: string
      lines: number
    }

export interface Layout {
  geometry: PageGeometry
  pages: Page[]
  bookmarks: Bookmark[]
  /** The page (0-based) each article block starts on, by block index. */
  blockPages: number[]
  /** What the reader should know: missing glyphs and the font used instead, images that could not be placed … (Chinese). */
  warnings: string[]
  /** What did not fit, for preflight; each is also among the warnings. */
  overflows: Overflow[]
}
