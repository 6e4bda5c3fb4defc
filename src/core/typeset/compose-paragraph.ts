import type { FontSource } from './font-metrics'
import type { Span } from './text-style'
import type { Segmented } from './segment'
import { segment } from './segment'
import { compressAdjacentMarks } from './compress-punctuation'
import type { BrokenParagraph } from './break-lines'
import { breakLines } from './break-lines'
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
  const seg: Segmented = { ...raw, atoms: compressAdjacentMarks(raw.atoms) }
  const size = spans[0]?.style.size ?? 0
  const breaker = (s: Segmented) => (measure: number): BrokenParagraph =>
    breakLines(s, {
      firstMeasure: measure - format.indent,
      measure,
      trimLineStartOpening: options.trimLineStartOpening,
      maxPushIn: size / 2,
      lastLineMin: options.lastLineMin,
      cells: options.breakOnCells,
      maxStretch: STRETCH_CAP * size,
    })
  return { seg, breaker, breakAt: breaker(seg) }
}

/** Sets each range as a line of `format.measure`, the ranges having been broken for `broken` (balanced titles break narrower). */
function setRanges({ seg, lines: ranges }: BrokenParagraph, format: ParagraphFormat, broken: number, options: TextOptions): ComposedLine[] {
  return ranges.map((range, i): ComposedLine => {
    const first = i === 0
    const last = i === ranges.length - 1
    const set = setLine(seg, range, (first ? broken - format.indent : broken), {
      justify: format.align === 'justify' && !last,
      trimStart: !first && options.trimLineStartOpening,
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
 * The paragraph set one line longer (伸行), each line still justified to the full measure: how a
 * 公文 page stays full when a heading has to move to the next one. `stretch` is the widest gap it
 * opens between characters, in em; undefined when that would exceed the cap.
 */
export function composeParagraphLonger(
  spans: readonly Span[],
  format: ParagraphFormat,
  fonts: FontSource,
  options: TextOptions,
): (ComposedParagraph & { stretch: number }) | undefined {
  const { seg, breakAt } = prepare(spans, format, fonts, options)
  const natural = breakAt(format.measure).lines.length
  let lo = (format.measure * natural) / (natural + 1)
  let hi = format.measure
  if (breakAt(lo).lines.length <= natural) return undefined
  // The widest measure that still breaks into one line more: the least stretch when set full width.
  for (let step = 0; step < 12; step++) {
    const mid = (lo + hi) / 2
    if (breakAt(mid).lines.length > natural) lo = mid
    else hi = mid
  }
  const broken = breakAt(lo)
  if (broken.lines.length !== natural + 1) return undefined
  const lines = setRanges(broken, format, format.measure, options)
  const size = spans[0]?.style.size ?? 0
  const stretch = Math.max(...lines.flatMap((l) => l.set.atoms.map((a) => a.gapAfter - options.tracking))) / size
  return stretch <= STRETCH_CAP ? { lines, substitutions: seg.substitutions, stretch } : undefined
}

/**
 * A title in `count` lines of even length that keep whole words: balanced on the strict word breaks,
 * else on the loose ones, else (a word longer than the line, or whole words needing another line) on
 * the line breaker's own.
 */
function balanceTitle(count: number, measure: number, seg: Segmented, breaker: (s: Segmented) => (m: number) => BrokenParagraph): [number, BrokenParagraph] {
  for (const tier of titleBreakTiers(seg)) {
    const breakAt = breaker(tier)
    if (breakAt(measure).lines.length === count) return balance(count, measure, breakAt)
  }
  return balance(count, measure, breaker(seg))
}

/** The narrowest measure that still gives `count` lines (found by bisection; titles are short). */
function balance(count: number, measure: number, breakAt: (m: number) => BrokenParagraph): [number, BrokenParagraph] {
  let lo = (measure * (count - 1)) / count
  let hi = measure
  let best = breakAt(measure)
  for (let step = 0; step < 12; step++) {
    const mid = (lo + hi) / 2
    const broken = breakAt(mid)
    if (broken.lines.length <= count) {
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
