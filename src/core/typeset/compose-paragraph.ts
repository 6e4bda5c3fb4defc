import type { FontSource } from './font-metrics'
import { advanceOf } from './font-metrics'
import type { Span } from './text-style'
import type { Segmented } from './segment'
import { segment } from './segment'
import { faceShape, gridRun, onGrid } from './grid-cells'
import type { ShapePart } from './latin-run-breaks'
import { compressAdjacentMarks } from './compress-punctuation'
import type { BreakOptions, BrokenParagraph } from './break-lines'
import { breakLines } from './break-lines'
import { breakEvenly } from './even-breaks'
import { lineMeasure } from './line-measure'
import type { SetLine } from './justify'
import { setLine, STRETCH_CAP } from './justify'
import { titleBreakTiers } from './title-breaks'

export interface ParagraphFormat {
  /** Width available to the paragraph (column less insets), pt. */
  measure: number
  /** First-line indent, pt. */
  indent: number
  align: 'justify' | 'left' | 'center' | 'right'
  /** Break a centred title into lines of even length rather than a full line and a stub. */
  balance?: boolean
}

export interface TextOptions {
  /** em; 0 turns Han–Latin spacing off (公文). */
  hanLatinSpace: number
  /** pt between characters (a 公文 grid's cell less the character's width). */
  tracking: number
  trimLineStartOpening: boolean
  /** Fewest characters on a paragraph's last line. */
  lastLineMin: number
  /**
   * On a fixed grid (公文) lines are broken as if every mark kept its whole cell, so a full line
   * holds the grid's count of characters; adjacent marks are still compressed when the line is set,
   * and the room they leave goes to the gaps.
   */
  breakOnCells: boolean
  /** A vertical line (竖排): atoms are measured down the line (see `SegmentOptions.vertical`). */
  vertical?: boolean
}

export interface ComposedLine {
  set: SetLine
  /** From the paragraph's left edge to the line's first character (indent and alignment). */
  offset: number
  measure: number
  last: boolean
  text: string
}

export interface ComposedParagraph {
  lines: ComposedLine[]
  substitutions: Segmented['substitutions']
}

function prepare(spans: readonly Span[], format: ParagraphFormat, fonts: FontSource, options: TextOptions) {
  const raw = segment(spans, fonts, { hanLatinSpace: options.hanLatinSpace, tracking: options.tracking, vertical: options.vertical })
  const shapeIn = faceShape(fonts)
  const cells = options.breakOnCells
  const seg: Segmented = cells ? onGrid(raw, shapeIn, options.tracking) : { ...raw, atoms: compressAdjacentMarks(raw.atoms) }
  const size = spans[0]?.style.size ?? 0
  const shape: ShapePart = cells
    ? (atom, text) => gridRun(atom, text, shapeIn, options.tracking)
    : (atom, text) => {
        const glyphs = shapeIn(atom, text)
        return { glyphs, width: advanceOf(glyphs) * atom.style.size, inkOffset: 0 }
      }
  const breakOptions = (measure: number): BreakOptions => ({
    firstMeasure: measure - format.indent,
    measure,
    trimLineStartOpening: options.trimLineStartOpening,
    maxPushIn: size / 2,
    lastLineMin: options.lastLineMin,
    cells,
    // Only a justified line is stretched: a centred title's short line is no reason to cut a URL into it.
    maxStretch: format.align === 'justify' ? STRETCH_CAP * size : Infinity,
    shape,
  })
  const breaker = (s: Segmented) => (measure: number): BrokenParagraph => breakLines(s, breakOptions(measure))
  return { seg, size, breaker, breakAt: breaker(seg), breakOptions }
}

/**
 * Sets each range as a line of `format.measure`, the ranges having been broken for `broken` (balanced
 * titles break narrower). On a grid a line is not stretched (each character keeps its cell: a line a
 * kinsoku push-out left short keeps its last cell empty) unless `stretch` (伸行).
 */
function setRanges({ seg, lines: ranges }: BrokenParagraph, format: ParagraphFormat, broken: number, options: TextOptions, stretch = !options.breakOnCells): ComposedLine[] {
  return ranges.map((range, i): ComposedLine => {
    const first = i === 0
    const last = i === ranges.length - 1
    const set = setLine(seg, range, (first ? broken - format.indent : broken), {
      justify: format.align === 'justify' && !last && stretch,
      trimStart: !first && options.trimLineStartOpening,
      cells: options.breakOnCells,
    })
    const indent = first ? format.indent : 0
    const room = format.measure - indent - set.width
    const shift = format.align === 'center' ? room / 2 : format.align === 'right' ? room : 0
    // A centred or balanced line may be shrunk to fit, but only a justified paragraph's lines fill the measure.
    const filled = { ...set, justified: set.justified && format.align === 'justify' }
    return { set: filled, offset: indent + shift, measure: format.measure - indent, last, text: lineText(seg, range) }
  })
}

export function composeParagraph(spans: readonly Span[], format: ParagraphFormat, fonts: FontSource, options: TextOptions): ComposedParagraph {
  const { seg, breaker, breakAt } = prepare(spans, format, fonts, options)
  let broken = breakAt(format.measure)
  let measure = format.measure
  if (format.balance && broken.lines.length > 1) [measure, broken] = balanceTitle(broken.lines.length, format.measure, seg, breaker)
  return { lines: setRanges(broken, format, measure, options), substitutions: seg.substitutions }
}

/**
 * 伸行 may open gaps this wide at most, em: half the cap a single loose line may reach, since 伸行
 * loosens several lines in a row. GB/T 9704 §5.2.2 sets 22 lines a page but allows adjustment in
 * particular cases (特定情况可以作适当调整): a page a line short is allowed, a visibly letterspaced
 * paragraph (0.16–0.18 em) is not — past this the heading moves on and the page keeps its empty row.
 */
export const LONGER_CAP = STRETCH_CAP / 2
/** 伸行 spreads the extra line over a paragraph's last lines, at most this many. */
const LONGER_WINDOW = 12

/**
 * The paragraph set one line longer (伸行), each line still justified to the full measure: how a
 * 公文 page stays full when a heading has to move to the next one. The slack is spread evenly over the
 * paragraph's last lines (`breakEvenly`), not over the whole of every line. `stretch` is the widest gap
 * it opens between characters, in em; undefined when that would exceed `LONGER_CAP`.
 */
export function composeParagraphLonger(
  spans: readonly Span[],
  format: ParagraphFormat,
  fonts: FontSource,
  options: TextOptions,
): (ComposedParagraph & { stretch: number }) | undefined {
  const { seg, size, breakAt, breakOptions } = prepare(spans, format, fonts, options)
  const natural = breakAt(format.measure)
  const count = natural.lines.length
  const first = Math.max(0, count - LONGER_WINDOW)
  const even = breakEvenly(lineMeasure(natural.seg, options.breakOnCells), breakOptions(format.measure), {
    firstLine: first,
    from: natural.lines[first]!.start,
    to: natural.seg.atoms.length - 1,
    count: count - first + 1,
    lastIsFinal: true,
    limit: LONGER_CAP * size,
  })
  if (!even) return undefined
  const lines = setRanges({ seg: natural.seg, lines: [...natural.lines.slice(0, first), ...even.lines] }, format, format.measure, options, true)
  const stretch = Math.max(...lines.flatMap((l) => l.set.atoms.map((a) => a.gapAfter - options.tracking))) / size
  return stretch <= LONGER_CAP + 1e-6 ? { lines, substitutions: seg.substitutions, stretch } : undefined
}

/**
 * A title in `count` lines of even length that keep whole words: balanced on the title's own breaks
 * (title-breaks.ts), best tier first, with no number or URL cut; else (a word longer than the line, or
 * whole words needing another line) on the line breaker's own.
 */
function balanceTitle(count: number, measure: number, seg: Segmented, breaker: (s: Segmented) => (m: number) => BrokenParagraph): [number, BrokenParagraph] {
  const tiers = titleBreakTiers(seg).map((tier) => ({
    breakAt: breaker(tier),
    // Where a line cannot do without it, the line breaker cuts a Latin run (adding an atom) or breaks
    // where the tier does not allow: neither is a title's break.
    fit: ({ seg: cut, lines }: BrokenParagraph) => cut.atoms.length === seg.atoms.length && lines.slice(1).every((l) => tier.gaps[l.start - 1]!.breakable),
  }))
  // A line more rather than a cut address or number: 「开放平台/https://…/上线满一年」.
  for (const lines of [count, count + 1]) {
    for (const { breakAt, fit } of tiers) {
      const first = breakAt(measure)
      if (first.lines.length === lines && fit(first)) return balance(lines, measure, breakAt, fit)
    }
  }
  return balance(count, measure, breaker(seg), () => true)
}

/** The narrowest measure that still gives `count` lines, each `fit` (found by bisection; titles are short). */
function balance(count: number, measure: number, breakAt: (m: number) => BrokenParagraph, fit: (b: BrokenParagraph) => boolean): [number, BrokenParagraph] {
  let lo = (measure * (count - 1)) / count
  let hi = measure
  let best = breakAt(measure)
  for (let step = 0; step < 12; step++) {
    const mid = (lo + hi) / 2
    const broken = breakAt(mid)
    if (broken.lines.length <= count && fit(broken)) {
      hi = mid
      best = broken
    } else lo = mid
  }
  return [hi, best]
}

function lineText(seg: Segmented, range: { start: number; end: number }): string {
  let text = ''
  for (let k = range.start; k <= range.end; k++) text += seg.atoms[k]!.text
  return text
}
