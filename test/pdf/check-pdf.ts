import { LINE_END_PROHIBITED, LINE_START_PROHIBITED, isCjk, isHan } from './kinsoku'
import { gridLine } from './grid-line'
import { isBodyLine, pdfColumns, pdfLines, type PdfColumn, type PdfLine } from './lines'
import type { PdfDocument, PdfGlyph } from './read-pdf'
import { rectText, type Rect } from './rect'

/**
 * Chinese typesetting quality of a PDF, measured from the outside (read-pdf): the project's own
 * counterpart of ../shared/tools/pdfcheck, glyph by glyph where pdfcheck sees pdftotext's words.
 * Every measure lists its faults as readable sentences (page and text), so a test states
 * `expect(report.lineStartFaults).toEqual([])` and a failure says what is wrong and where.
 */

export interface GridSpec {
  /** Lines per full page and characters per full line (GB/T 9704 §5.2.2: 22 × 28). */
  rows: number
  cols: number
  /** The body text's size, pt: `cols` characters of it fill the area's width, first to last flush. */
  size: number
  /** The type area the grid fills, per page (a two-sided 公文 mirrors it). */
  area: (page: number) => Rect
}

export interface CheckOptions {
  /** The text the PDF must carry, in order (white space is ignored). */
  source?: string
  /** Compare after NFKC, so full- and half-width forms count as equal. */
  nfkc?: boolean
  grid?: GridSpec
  /** Where the printer cuts each page (page-boxes.ts reads the TrimBox); default: the visible page. */
  trim?: readonly Rect[]
  /** Frames every glyph must stay inside (columns, a page compositor's boxes), per page. */
  frames?: (page: number) => readonly Rect[]
}

export interface FontReport {
  name: string
  embedded: boolean
  /** A subset tag (ABCDEF+) on its name: only the glyphs used are embedded. */
  subset: boolean
  type3: boolean
  /** Every glyph drawn in it maps to real Unicode text (its ToUnicode is present and sane). */
  unicode: boolean
}

export interface PdfReport {
  pages: number
  lines: number
  fonts: FontReport[]
  /** Fonts not embedded, not subset, Type 3 (a RIP may reject or rasterise it), or without Unicode. */
  fontFaults: string[]
  lineStartFaults: string[]
  lineEndFaults: string[]
  /** A paragraph's last line holding one Han character (and marks). */
  loneLastLines: string[]
  justification: {
    /** Body lines that are not the last of their paragraph. */
    running: number
    /** Of them, ending at the column's measure (±0.1 pt). */
    justified: number
    /** Of them, a pause or stop mark hanging past the measure by at most ½ em (clreq 行末点号悬挂). */
    hanging: number
    /** On a grid: lines a kinsoku push-out left whole cells short, every character still in its cell. */
    shortByCells: string[]
    ragged: string[]
  }
  outsideTrim: string[]
  outsideFrames: string[]
  grid?: {
    /** Pages between the first and the last, which must hold the full grid. */
    fullPages: number
    linesPerPage: number[]
    /** Lines off the rows, outside them, and full pages without `rows` lines. */
    rowFaults: string[]
    /** Lines of running text with a Han character not in a cell, or a mark not in a cell or half of one (the first named). */
    cellFaults: string[]
    /** Lines reaching the measure with more or fewer characters than cells. */
    countFaults: string[]
  }
  text?: {
    sourceChars: number
    /** Every source character comes back, in order. */
    complete: boolean
    /** Runs of printed text that are not the source's (page numbers, heading numbers, field names). */
    extra: string[]
    /** Where the source stops coming back. */
    missing?: string
  }
}

/** Glyph positions are exact in a PDF; this allows for the 4-decimal rounding of its numbers. */
const EPS = 0.1

const where = (line: PdfLine) =>
  `第 ${line.page} 页「${line.text.slice(0, 14)}${line.text.length > 14 ? '…' : ''}」`

export function checkPdf(doc: PdfDocument, options: CheckOptions = {}): PdfReport {
  const lines = pdfLines(doc)
  const columns = pdfColumns(lines)
  const fonts = fontReports(doc)
  const report: PdfReport = {
    pages: doc.pages.length,
    lines: lines.length,
    fonts,
    fontFaults: fonts.flatMap(fontFaults),
    ...kinsokuFaults(lines, columns),
    loneLastLines: loneLastLines(columns),
    justification: justification(columns, options.grid),
    outsideTrim: glyphsOutside(
      doc,
      (p) => [
        options.trim?.[p - 1] ?? {
          left: 0,
          top: 0,
          right: doc.pages[p - 1]!.width,
          bottom: doc.pages[p - 1]!.height,
        },
      ],
      '裁切框',
    ),
    outsideFrames: options.frames ? glyphsOutside(doc, options.frames, '版框') : [],
  }
  if (options.grid) report.grid = gridFaults(lines, columns, options.grid, doc.pages.length)
  if (options.source !== undefined) report.text = textRecovery(lines, options.source, options.nfkc ?? false)
  return report
}

function fontReports(doc: PdfDocument): FontReport[] {
  const used = new Map<string, PdfGlyph[]>()
  for (const page of doc.pages)
    for (const g of page.glyphs) used.set(g.font, [...(used.get(g.font) ?? []), g])
  return [...doc.fonts.values()].map((f) => ({
    name: f.name,
    embedded: f.embedded,
    subset: /^[A-Z]{6}\+/u.test(f.name),
    type3: f.type3,
    unicode: (used.get(f.id) ?? []).every((g) => isRealText(g.text)),
  }))
}

/** Not empty, no control characters, no U+FFFD, no private-use code points: what a missing or broken ToUnicode gives. */
const isRealText = (text: string) => text !== '' && !/[\p{Cc}\p{Co}\uFFFD]/u.test(text)

function fontFaults(f: FontReport): string[] {
  const faults: string[] = []
  if (!f.embedded) faults.push(`字体 ${f.name} 没有嵌入`)
  if (!f.subset) faults.push(`字体 ${f.name} 没有取子集`)
  if (f.type3) faults.push(`字体 ${f.name} 是 Type 3 字体`)
  if (!f.unicode) faults.push(`字体 ${f.name} 的字形没有对应的 Unicode 文字（缺少 ToUnicode）`)
  return faults
}

/**
 * clreq §3.1.7: a line that continues a paragraph may not start with a closing or pause mark (a title
 * or paragraph may open with ——), and no line may end with an opening mark.
 */
function kinsokuFaults(
  lines: readonly PdfLine[],
  columns: readonly PdfColumn[],
): Pick<PdfReport, 'lineStartFaults' | 'lineEndFaults'> {
  const lineStartFaults: string[] = []
  const lineEndFaults: string[] = []
  for (const column of columns) {
    column.lines.forEach((line, i) => {
      const first = [...line.text.trim()][0]!
      if (i > 0 && !column.lines[i - 1]!.final && LINE_START_PROHIBITED.has(first))
        lineStartFaults.push(`${where(line)} 行首是「${first}」`)
    })
  }
  for (const line of lines) {
    const last = [...line.text.trim()].at(-1)
    if (isBodyLine(line) && last && LINE_END_PROHIBITED.has(last))
      lineEndFaults.push(`${where(line)} 行尾是「${last}」`)
  }
  return { lineStartFaults, lineEndFaults }
}

/** A paragraph's last line that continues the one above it and holds at most one Han character and three characters in all. */
function loneLastLines(columns: readonly PdfColumn[]): string[] {
  const faults: string[] = []
  for (const column of columns) {
    column.lines.forEach((line, i) => {
      const prev = column.lines[i - 1]
      if (!line.final || !prev || prev.final) return
      const chars = [...line.text.replace(/\s/gu, '')]
      if (chars.filter(isHan).length <= 1 && chars.length <= 3)
        faults.push(`${where(line)} 段末只有「${line.text.trim()}」，上一行「…${prev.text.slice(-6)}」`)
    })
  }
  return faults
}

const cellOf = (grid: GridSpec, page: number) => (grid.area(page).right - grid.area(page).left - grid.size) / (grid.cols - 1)

/**
 * Where a line ends: its last glyph's right edge, or on a grid, in the body's size, the right edge of
 * its last cell (a Latin run's ink is centred in its cells, so it ends inside the last one).
 */
function lineRight(line: PdfLine, grid: GridSpec | undefined): number {
  if (!grid || Math.abs(line.size - grid.size) > 0.01) return line.right
  const area = grid.area(line.page)
  const cells = gridLine(line, area, cellOf(grid, line.page))
  return 'fault' in cells ? line.right : area.left + cells.last * cellOf(grid, line.page) + grid.size
}

/** Every running line of a paragraph ends at the measure: inter-character justification, nothing ragged. */
function justification(columns: readonly PdfColumn[], grid?: GridSpec): PdfReport['justification'] {
  const result: PdfReport['justification'] = { running: 0, justified: 0, hanging: 0, shortByCells: [], ragged: [] }
  for (const column of columns) {
    const cell = grid && cellOf(grid, column.page)
    // On a grid the measure is the type area's, not the column's usual line end: on a page where most
    // lines hang a mark, that would be the hanging mark's edge.
    const measure = grid ? grid.area(column.page).right : column.right
    for (const line of column.lines) {
      if (line.final || !isBodyLine(line)) continue
      result.running++
      const last = line.glyphs[line.glyphs.length - 1]!
      const right = lineRight(line, grid)
      if (Math.abs(right - measure) <= EPS) result.justified++
      else if (
        line.right > measure &&
        last.x <= measure + EPS &&
        line.right - measure <= last.size / 2 + EPS &&
        /[，。、；：？！]/u.test(last.text)
      )
        result.hanging++
      else if (cell && Math.abs((measure - right) / cell - Math.round((measure - right) / cell)) * cell <= EPS)
        result.shortByCells.push(`${where(line)} 差 ${Math.round((measure - right) / cell)} 格`)
      else
        result.ragged.push(
          `${where(line)} 右边 ${right.toFixed(2)}，版心右边 ${measure.toFixed(2)}（差 ${(measure - right).toFixed(2)} pt）`,
        )
    }
  }
  return result
}

/**
 * A glyph's box: from its origin along the text's direction by its advance, and across from 0.12 em
 * below the baseline to 0.88 em above it (the ideographic em box) towards the glyph's top — turned
 * with a sideways run.
 */
export function glyphBox(g: PdfGlyph): Rect {
  const corners = [0, g.advance].flatMap((a) =>
    [-0.12 * g.size, 0.88 * g.size].map((b) => [g.x + a * g.dir[0] + b * g.up[0], g.y + a * g.dir[1] + b * g.up[1]] as const),
  )
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) }
}

function glyphsOutside(
  doc: PdfDocument,
  framesOf: (page: number) => readonly Rect[],
  name: string,
): string[] {
  const faults: string[] = []
  for (const page of doc.pages) {
    const frames = framesOf(page.number)
    for (const g of page.glyphs) {
      const box = glyphBox(g)
      const inside = frames.some(
        (f) =>
          box.left >= f.left - EPS &&
          box.right <= f.right + EPS &&
          box.top >= f.top - EPS &&
          box.bottom <= f.bottom + EPS,
      )
      if (!inside)
        faults.push(
          `第 ${page.number} 页「${g.text}」${rectText(box)} 在${name} ${frames.map(rectText).join(' ')} 之外`,
        )
    }
  }
  return faults
}

/**
 * A fixed grid: every line of Chinese text has its em box (0.88 em above the baseline, 0.12 em below)
 * centred in one of the area's `rows` rows, whatever its size, as a word processor snaps text to its
 * line grid; the pages between the first and the last hold `rows` such lines; every line of running text
 * in the body's size, and every line set from the left (a heading, starting within a cell past the 2-cell indent), starts on a
 * character column (indents are whole cells, a heading's number too), and one of Chinese characters and marks only
 * that reaches the measure has a character in each cell from there (`cols` when it is not indented).
 */
/**
 * The widest indent a 公文 line set from the left has, in cells: the body's first line and headings, 2
 * (GB/T 9704 §7.3.3). A line that starts less than a cell past it is set from the left, and checked.
 */
const INDENT_CELLS = 2

function gridFaults(
  lines: readonly PdfLine[],
  columns: readonly PdfColumn[],
  grid: GridSpec,
  pages: number,
): NonNullable<PdfReport['grid']> {
  const rowFaults: string[] = []
  const cellFaults: string[] = []
  const countFaults: string[] = []
  // Lines of paragraphs that run over several lines; a 落款 centred over its date (GB/T 9704 §7.3.5.1) is off the columns by design.
  const inRunningText = new Set(
    columns.filter((c) => c.lines.some((l) => !l.final)).flatMap((c) => c.lines.map((l) => l.glyphs[0]!)),
  )
  const gridLines = lines.filter((l) => [...l.text].some(isCjk))
  const linesPerPage = Array.from(
    { length: pages },
    (_, p) => gridLines.filter((l) => l.page === p + 1).length,
  )
  for (const line of gridLines) {
    const area = grid.area(line.page)
    const pitch = (area.bottom - area.top) / grid.rows
    const rowAt = (line.baseline - 0.38 * line.size - area.top) / pitch - 0.5
    const row = Math.round(rowAt)
    const off = (rowAt - row) * pitch
    if (Math.abs(off) > EPS) rowFaults.push(`${where(line)} 离第 ${row + 1} 行的中线 ${off.toFixed(2)} pt`)
    else if (row < 0 || row >= grid.rows) rowFaults.push(`${where(line)} 落在版心外的第 ${row + 1} 行`)
    const cell = cellOf(grid, line.page)
    // Running text, and a line set from the left that it does not cover (a heading, one line of its own).
    const fromLeft = line.left - area.left < (INDENT_CELLS + 1) * cell
    if (!(inRunningText.has(line.glyphs[0]!) || fromLeft) || Math.abs(line.size - grid.size) > 0.01) continue
    // Every Han character in a cell of its own (nothing squeezed mid-line, no line letterspaced to the
    // measure), a mark in a cell or the half of one it shares, a Latin run centred in whole cells.
    const cells = gridLine(line, area, cell)
    if ('fault' in cells) cellFaults.push(`${where(line)} ${cells.fault}`)
    const column = 'fault' in cells ? Math.round((line.left - area.left) / cell) : cells.first
    const chars = [...line.text.replace(/\s/gu, '')]
    const count = grid.cols - column
    if (Math.abs(line.right - area.right) <= EPS && chars.every(isCjk) && chars.length !== count)
      countFaults.push(`${where(line)} 从第 ${column + 1} 格排到行末 ${chars.length} 字，应为 ${count} 字`)
  }
  linesPerPage.slice(1, -1).forEach((n, i) => {
    if (n !== grid.rows) rowFaults.push(`第 ${i + 2} 页 ${n} 行，应为 ${grid.rows} 行`)
  })
  return { fullPages: Math.max(0, pages - 2), linesPerPage, rowFaults, cellFaults, countFaults }
}

/**
 * What copying all text gives (drawing order) against the source, white space ignored: every source
 * character must come back, in order; what the PDF prints besides (page numbers, generated heading
 * numbers, field names) is listed as runs, so a test can say which additions it allows.
 */
function textRecovery(
  lines: readonly PdfLine[],
  source: string,
  nfkc: boolean,
): NonNullable<PdfReport['text']> {
  const norm = (s: string) => [...(nfkc ? s.normalize('NFKC') : s).replace(/\s/gu, '')]
  const want = norm(source)
  const got = norm(lines.map((l) => l.text).join(''))
  const extra: string[] = []
  let run = ''
  let at = 0
  for (const ch of got) {
    if (at < want.length && ch === want[at]) {
      at++
      if (run) extra.push(run)
      run = ''
    } else run += ch
  }
  if (run) extra.push(run)
  const complete = at === want.length
  const missing = complete
    ? undefined
    : `第 ${at} 字：原文「${want.slice(Math.max(0, at - 4), at + 20).join('')}」没有在 PDF 中按顺序出现`
  return { sourceChars: want.length, complete, extra, ...(missing ? { missing } : {}) }
}
