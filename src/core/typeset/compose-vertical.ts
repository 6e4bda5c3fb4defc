import type { FontSource } from './font-metrics'
import type { Line } from './frame'
import type { Segmented } from './segment'
import type { TextOptions } from './compose-paragraph'
import { composeParagraph } from './compose-paragraph'
import type { Span } from './text-style'
import { drawVerticalLine } from './vertical-runs'

/**
 * Text set in vertical lines (竖排) — a 竖题, a vertical caption: each part (引题, 主题, 副题 …) broken
 * into lines no longer than `length` and balanced, the parts side by side in reading order. Read from
 * right to left, the first part stands at the right; from left to right, at the left (the newspaper
 * habit for a 竖题 on the text's right or left).
 */

export interface VerticalPart {
  spans: Span[]
  /** Type size of the part, pt: its lines are columns this wide. */
  size: number
}

export interface VerticalBlock {
  /** Lines with x from the block's left edge and y from its top. */
  lines: Line[]
  width: number
  height: number
  substitutions: Segmented['substitutions']
}

/** White between two lines of a part, and between parts, in em of the larger size. */
const LINE_GAP = 0.3
const PART_GAP = 0.6

export function composeVertical(parts: readonly VerticalPart[], length: number, rightToLeft: boolean, fonts: FontSource, options: TextOptions): VerticalBlock {
  const columns: { line: Line; size: number; gap: number }[] = []
  const substitutions: Segmented['substitutions'] = []
  let height = 0
  for (const part of parts) {
    if (!part.spans.length) continue
    const composed = composeParagraph(part.spans, { measure: length, indent: 0, align: 'left', balance: true }, fonts, { ...options, vertical: true })
    substitutions.push(...composed.substitutions)
    composed.lines.forEach((c, k) => {
      const runs = drawVerticalLine(c.set, 0, c.offset, fonts)
      const previous = columns[columns.length - 1]
      const gap = previous ? (k ? LINE_GAP : PART_GAP) * Math.max(previous.size, part.size) : 0
      columns.push({ size: part.size, gap, line: { role: 'title', vertical: true, x: 0, baseline: 0, measure: length, start: c.offset, width: c.set.width, justified: false, last: c.last, text: c.text, runs } })
      height = Math.max(height, c.offset + c.set.width)
    })
  }
  let x = 0
  const placed = columns.map(({ line, size, gap }) => {
    x += gap
    const at = x
    x += size
    return { line, at, size }
  })
  const width = x
  const lines = placed.map(({ line, at, size }) => {
    const left = rightToLeft ? width - at - size : at
    return { ...line, x: left, runs: line.runs.map((r) => ({ ...r, x: r.x + left })) }
  })
  return { lines, width, height, substitutions }
}
