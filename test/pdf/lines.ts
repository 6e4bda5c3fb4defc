import type { PdfDocument, PdfGlyph } from './read-pdf'
import { isCjk } from './kinsoku'

/**
 * Printed lines and columns rebuilt from a PDF's glyphs, and where its paragraphs end, as a reader's eye
 * finds them: no tagging or knowledge of how the PDF was made is used.
 */

export interface PdfLine {
  page: number
  glyphs: PdfGlyph[]
  text: string
  /** Left edge of the first glyph and right edge of the last one. */
  left: number
  right: number
  baseline: number
  size: number
}

export interface PdfColumn {
  page: number
  /** The column's left edge: where its unindented lines start. */
  left: number
  /** The measure's right edge: where most of its paragraphs' running (non-final) lines end. */
  right: number
  /** The usual distance between baselines. */
  pitch: number
  lines: ColumnLine[]
}

export interface ColumnLine extends PdfLine {
  /** Judged the last line of its paragraph: nothing follows it in the column that continues it. */
  final: boolean
}

/** A text line, not a page number or a caption label: mostly Chinese, at least four characters. */
export function isBodyLine(line: PdfLine): boolean {
  const chars = [...line.text.replace(/\s/gu, '')]
  const cjk = chars.filter(isCjk).length
  return cjk >= 4 && cjk >= 0.5 * chars.length
}

/**
 * Glyphs in drawing order make one line while they keep to one baseline and move rightwards without a
 * gap wider than 1.2 em (a wider one is a column gutter).
 */
export function pdfLines(doc: PdfDocument): PdfLine[] {
  const lines: PdfLine[] = []
  for (const page of doc.pages) {
    let current: PdfGlyph[] = []
    const flush = () => {
      if (current.length) lines.push(lineOf(page.number, current))
      current = []
    }
    for (const g of page.glyphs) {
      const prev = current[current.length - 1]
      if (
        prev &&
        (Math.abs(g.y - prev.y) > 0.25 * prev.size ||
          // Two marks sharing a cell (”“ on a grid) may start at the same place, rounded either way.
          g.x < prev.x - 0.01 * prev.size ||
          g.x - (prev.x + prev.advance) > 1.2 * prev.size)
      )
        flush()
      current.push(g)
    }
    flush()
  }
  return lines
}

function lineOf(page: number, glyphs: PdfGlyph[]): PdfLine {
  const last = glyphs[glyphs.length - 1]!
  const sizes = glyphs.map((g) => g.size).sort((a, b) => a - b)
  return {
    page,
    glyphs,
    text: glyphs.map((g) => g.text).join(''),
    left: glyphs[0]!.x,
    right: last.x + last.advance,
    baseline: glyphs[0]!.y,
    size: sizes[Math.floor(sizes.length / 2)]!,
  }
}

const mode = (values: number[]): number => {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(Math.round(v * 20) / 20, (counts.get(Math.round(v * 20) / 20) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0]
}

/** Whether a line of another block lies between two lines, across them: a centred kicker and subtitle with a title between them are two paragraphs. */
const between = (lines: readonly PdfLine[], upper: PdfLine, lower: PdfLine): boolean =>
  lines.some((l) => l.baseline > upper.baseline && l.baseline < lower.baseline && l.left < Math.max(upper.right, lower.right) && l.right > Math.min(upper.left, lower.left))

/**
 * Lines with Chinese text grouped into columns by their left edge (a line starts at the column's edge or up to about
 * three em inside it, for a first-line indent), each column's measure, and each line's place in its
 * paragraph: a line is final when the next line of the column is indented, set apart by more than the
 * usual pitch, of another size, separated from it by a line of another block, or absent.
 */
export function pdfColumns(lines: readonly PdfLine[]): PdfColumn[] {
  const columns: PdfColumn[] = []
  const pages = [...new Set(lines.map((l) => l.page))]
  for (const page of pages) {
    const body = lines
      .filter((l) => l.page === page && [...l.text].some(isCjk))
      .sort((a, b) => a.left - b.left)
    const groups: { left: number; lines: PdfLine[] }[] = []
    for (const line of body) {
      const group = groups.find(
        (g) => line.left >= g.left - 0.5 * line.size && line.left <= g.left + 3.2 * line.size,
      )
      if (group) group.lines.push(line)
      else groups.push({ left: line.left, lines: [line] })
    }
    for (const group of groups) {
      const sorted = group.lines.sort((a, b) => a.baseline - b.baseline)
      const steps = sorted.slice(1).map((l, i) => l.baseline - sorted[i]!.baseline)
      const pitch = steps.length ? steps.sort((a, b) => a - b)[Math.floor(steps.length / 2)]! : 0
      const withFinal = sorted.map((line, i): ColumnLine => {
        const next = sorted[i + 1]
        const final =
          !next ||
          between(body, line, next) ||
          next.left - group.left > 0.5 * line.size ||
          next.baseline - line.baseline > 1.3 * pitch ||
          Math.abs(next.size - line.size) > 0.15 * line.size
        return { ...line, final }
      })
      const running = withFinal.filter((l) => !l.final)
      const right = running.length
        ? mode(running.map((l) => l.right))
        : Math.max(...sorted.map((l) => l.right))
      columns.push({ page, left: group.left, right, pitch, lines: withFinal })
    }
  }
  return columns
}
