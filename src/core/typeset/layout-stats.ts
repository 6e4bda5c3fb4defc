import type { Layout, Line } from './frame'
import { canEndLine, canStartLine, charKind, isCompressible } from './char-classes'
import { STRETCH_CAP } from './justify'
import { isHan } from '../text/char-class'

/**
 * Measures a layout the way pdfcheck and glyphcheck measure a PDF, from the layout data itself: what
 * the engine promises (clreq kinsoku, compression, justification, no lone last line, the 公文 grid),
 * with a readable message for every fault so a failing test says what is wrong and where.
 */

export interface LayoutStats {
  lines: number
  justifiedLines: number
  /** Justified lines whose width is not the measure (±0.01 pt). */
  widthFaults: string[]
  lineStartFaults: string[]
  lineEndFaults: string[]
  loneLastLines: string[]
  /** Adjacent marks taking more than 1.5 em. */
  pairFaults: string[]
  /** Marks ending a justified line wider than ½ em (on a grid of cells, unless hanging: narrower than a cell). */
  lineEndMarkFaults: string[]
  lineEndMarks: number
  adjacentPairs: number
  /** Text lines (not page furniture) on each page. */
  linesPerPage: number[]
  /**
   * Justified lines where justification opened a gap between two characters wider than the cap
   * (STRETCH_CAP) beyond its natural width (Han–Latin gaps beyond the ⅓ em clreq lets them grow to first).
   */
  stretchFaults: string[]
  /** The widest such gap in the layout, em. */
  maxStretch: number
  /** Lines wider than their measure (an overhanging mark aside). */
  overflowFaults: string[]
}

export interface StatsOptions {
  /** The natural gap between characters, pt: a 公文 grid's tracking (negative), else 0. */
  tracking?: number
  /** The preset's Han–Latin space, em (0: none). */
  hanLatinSpace?: number
  /** A grid of cells (公文): a line-end mark keeps its whole cell; a Latin run is padded to whole cells. */
  cells?: boolean
}

interface PlacedGlyph {
  /** A word space stands between this glyph and the one before (its width is no stretch). */
  spaceBefore: boolean
  ch: string
  x: number
  advance: number
  size: number
}

const EPS = 0.01

/** Glyph origins and advances as a PDF reader sees them: the layout's own glyphs, and whether a space comes before each. */
function glyphs(line: Line): PlacedGlyph[] {
  const out: PlacedGlyph[] = []
  // Runs hold the line's text without its spaces: walk the line's text alongside them to find the spaces.
  let at = 0
  for (const run of line.runs) {
    let spaced = false
    while (at < line.text.length && !line.text.startsWith(run.text, at)) {
      spaced ||= /\s/u.test(line.text[at]!)
      at++
    }
    let x = run.x
    for (const g of run.glyphs) {
      const advance = g.advance * run.size
      out.push({ ch: run.text.slice(g.start, g.end), x, advance, size: run.size, spaceBefore: spaced && g.start === 0 })
      x += advance + run.tracking
    }
    at += run.text.length
  }
  return out
}

const isMark = (ch: string) => isCompressible(charKind(ch))

function countLoneHan(text: string): { han: number; chars: number } {
  let han = 0
  let chars = 0
  for (const ch of text.replace(/[\s\u3000]/g, '')) {
    chars++
    if (isHan(ch)) han++
  }
  return { han, chars }
}

/** The ½-em 间隔号 is centred in a box that is not its glyph's: gaps beside it are not measured. */
const isDot = (ch: string) => charKind(ch) === 'dot'
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u
/** A Han character beside a Latin letter or digit: the gap clreq §3.2.3 spaces, and §3.8 lets grow to ⅓ em first. */
const isHanLatin = (a: string, b: string) => (isHan(a) && charKind(b) === 'latin' && LETTER_OR_DIGIT.test(b)) || (isHan(b) && charKind(a) === 'latin' && LETTER_OR_DIGIT.test(a))

export function layoutStats(layout: Layout, options: StatsOptions = {}): LayoutStats {
  const tracking = options.tracking ?? 0
  const hanLatin = options.hanLatinSpace ?? 0
  const s: LayoutStats = {
    lines: 0,
    justifiedLines: 0,
    widthFaults: [],
    lineStartFaults: [],
    lineEndFaults: [],
    loneLastLines: [],
    pairFaults: [],
    lineEndMarkFaults: [],
    lineEndMarks: 0,
    adjacentPairs: 0,
    linesPerPage: [],
    stretchFaults: [],
    maxStretch: 0,
    overflowFaults: [],
  }
  let previous: Line | undefined
  layout.pages.forEach((page, p) => {
    const text = page.lines.filter((l) => l.role !== 'furniture')
    s.linesPerPage.push(text.length)
    for (const line of text) {
      const where = `第 ${p + 1} 页「${line.text.length > 16 ? line.text.slice(0, 16) + '…' : line.text}」`
      s.lines++
      const t = line.text
      const continuation = previous !== undefined && !previous.last
      if (continuation && !canStartLine(t[0]!)) s.lineStartFaults.push(`${where} 行首是「${t[0]}」`)
      if (!line.last && !canEndLine(t[t.length - 1]!)) s.lineEndFaults.push(`${where} 行尾是「${t[t.length - 1]}」`)
      if (line.last && continuation) {
        const { han, chars } = countLoneHan(t)
        if (han <= 1 && chars <= 3) s.loneLastLines.push(`${where} 段末行只有「${t}」`)
      }
      const g = glyphs(line)
      if (line.width - (line.overhang ?? 0) > line.measure + EPS) s.overflowFaults.push(`${where} 宽 ${line.width.toFixed(2)}，超出版心 ${line.measure.toFixed(2)}`)
      if (line.justified) {
        let widest = 0
        for (let i = 0; i + 1 < g.length; i++) {
          const [a, b] = [g[i]!, g[i + 1]!]
          if (b.spaceBefore || isDot(a.ch) || isDot(b.ch)) continue
          // On a grid a Latin run fills whole cells: the blank beside it is its cell's, not stretch.
          if (options.cells && (charKind(a.ch) === 'latin' || charKind(b.ch) === 'latin')) continue
          const natural = hanLatin > 0 && isHanLatin(a.ch, b.ch) ? a.size / 3 : tracking
          widest = Math.max(widest, (b.x - (a.x + a.advance) - natural) / a.size)
        }
        s.maxStretch = Math.max(s.maxStretch, widest)
        if (widest > STRETCH_CAP + 1e-3) s.stretchFaults.push(`${where} 字距拉开 ${widest.toFixed(2)} 字`)
        s.justifiedLines++
        if (Math.abs(line.width - (line.overhang ?? 0) - line.measure) > EPS) s.widthFaults.push(`${where} 宽 ${line.width.toFixed(3)}，版心 ${line.measure.toFixed(3)}`)
        const last = g[g.length - 1]
        if (last && isMark(last.ch) && !line.last) {
          s.lineEndMarks++
          // A mark hanging past the measure takes ½ em on a grid too: its cell is the one after the line's last.
          const whole = options.cells && line.overhang === undefined
          if (whole ? last.advance < last.size - EPS : last.advance > last.size / 2 + EPS) s.lineEndMarkFaults.push(`${where} 行末「${last.ch}」占 ${(last.advance / last.size).toFixed(2)} 字`)
        }
      }
      for (let i = 0; i + 1 < g.length; i++) {
        const a = g[i]!
        const b = g[i + 1]!
        if (!isMark(a.ch) || !isMark(b.ch)) continue
        s.adjacentPairs++
        // The justification gap after `a` is not part of the pair's own width.
        const gap = Math.max(0, b.x - (a.x + a.advance))
        const span = b.x + b.advance - a.x - gap
        if (span > 1.5 * a.size + EPS) s.pairFaults.push(`${where}「${a.ch}${b.ch}」占 ${(span / a.size).toFixed(2)} 字`)
      }
      previous = line
    }
  })
  return s
}
