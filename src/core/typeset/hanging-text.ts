import type { Line } from './frame'
import type { ResolvedStyle } from './preset'
import { segment } from './segment'
import { faceShape, onGrid } from './grid-cells'
import type { Slab } from './slab'
import type { Span } from './text-style'
import type { ComposeContext } from './text-slabs'
import { textSlabs } from './text-slabs'

/** Text with a label hanging before it (附件：1. …, 抄送：…), the label outside the justified lines. */

/** The spans before and after the character at `at` (UTF-16 units). */
export function splitSpans(spans: readonly Span[], at: number): [Span[], Span[]] {
  const head: Span[] = []
  const tail: Span[] = []
  let seen = 0
  for (const span of spans) {
    const cut = Math.max(0, Math.min(span.text.length, at - seen))
    if (cut > 0) head.push({ ...span, text: span.text.slice(0, cut) })
    if (cut < span.text.length) tail.push({ ...span, text: span.text.slice(cut) })
    seen += span.text.length
  }
  return [head, tail]
}

/**
 * A paragraph whose lines all start at `bodyAt`, with `marker` set in the hang of its first line from
 * `markerAt` (from the style's left edge, pt). The marker sits outside the justified text, so
 * stretching a line never moves the body's first character off the lines below it.
 */
export function hanging(ctx: ComposeContext, marker: readonly Span[], body: readonly Span[], style: ResolvedStyle, markerAt: number, bodyAt: number): Slab[] {
  if (!body.length) return textSlabs(ctx, marker, { ...style, indent: markerAt }, 'body')
  const slabs = textSlabs(ctx, body, { ...style, insetLeft: style.insetLeft + bodyAt, indent: 0 }, 'body')
  if (!marker.length) return slabs
  const m = textSlabs(ctx, marker, { ...style, align: 'left', indent: 0, insetLeft: style.insetLeft + markerAt, insetRight: 0 }, 'body')[0]!.lines[0]!
  // The longer setting (伸行) would come without the marker: a hanging paragraph is set as it is.
  const { loosen: _, ...first } = slabs[0]!
  const line = first.lines[0]!
  const dx = line.start - m.start
  const merged: Line = { ...line, x: m.x, start: m.start, measure: line.measure + dx, width: line.width + dx, text: m.text + line.text, runs: [...m.runs, ...line.runs] }
  slabs[0] = { ...first, lines: [merged] }
  return slabs
}

/** From the start of a paragraph to its character at `chars` (UTF-16 units), set at natural width (on a grid, in whole cells), pt. */
export function advanceTo(ctx: ComposeContext, spans: readonly Span[], chars: number): number {
  const raw = segment(spans, ctx.fonts, { hanLatinSpace: ctx.text.hanLatinSpace, tracking: ctx.text.tracking })
  const { atoms, gaps } = ctx.text.breakOnCells ? onGrid(raw, faceShape(ctx.fonts), ctx.text.tracking) : raw
  let x = 0
  let at = 0
  for (let i = 0; i < atoms.length && at < chars; i++) {
    x += atoms[i]!.width + gaps[i]!.base
    at += atoms[i]!.text.length
  }
  return x
}
