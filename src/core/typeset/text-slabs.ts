import type { Inline } from '../model/article'
import type { FontSource } from './font-metrics'
import { faceId } from './font-metrics'
import type { Line, LineRole, PageItem } from './frame'
import type { ResolvedPreset, ResolvedStyle } from './preset'
import type { Span, TextStyle } from './text-style'
import type { Segmented } from './segment'
import type { ComposedParagraph, ParagraphFormat, TextOptions } from './compose-paragraph'
import { composeParagraph, composeParagraphLonger } from './compose-paragraph'
import { drawLine } from './line-runs'
import type { Slab } from './slab'

/**
 * A paragraph of styled text as slabs, one per line: the unit every block composer builds from. On a
 * grid each line takes whole rows (GB/T 9704 §5.2.2), and on a grid of cells a justified paragraph
 * offers its longer setting (伸行) to pagination.
 */

export interface ImageSize {
  width: number
  height: number
}

/** What the block composers share while one article is composed. */
export interface ComposeContext {
  preset: ResolvedPreset
  fonts: FontSource
  /** Pixel sizes of the images the output can draw, by asset id. */
  images: Readonly<Record<string, ImageSize>>
  text: TextOptions
  /** Width of a column, and of the title block that spans them, pt. */
  measure: number
  spanMeasure: number
  /** Images fill the measure (a page compositor's spanned figures) rather than keeping to 150 ppi. */
  fillFigures: boolean
  /** Where composers note what the reader should know (collected for the whole article). */
  notes: { substitutions: Segmented['substitutions']; warnings: string[] }
}

export interface SlabOptions {
  balance?: boolean
  bookmark?: Slab['bookmark']
  decorate?: (line: Line, height: number) => PageItem[]
  /** Set across the columns (the title block). */
  span?: boolean
}

const EPS = 1e-6

export function textOptionsOf(preset: ResolvedPreset): TextOptions {
  return {
    hanLatinSpace: preset.hanLatinSpace,
    tracking: preset.gridTracking,
    trimLineStartOpening: preset.trimLineStartOpening,
    lastLineMin: preset.keep.lastLine,
    breakOnCells: preset.gridCells,
  }
}

export function baseStyle(style: { font: ResolvedStyle['font']; bold: boolean; size: number; color: string }): TextStyle {
  return { face: faceId(style.font, style.bold), size: style.size, color: style.color }
}

export function spansOf(children: readonly Inline[], style: ResolvedStyle): Span[] {
  return children
    .filter((c) => c.text)
    .map((c) => ({
      text: c.text,
      style: {
        ...baseStyle({ ...style, bold: style.bold || !!c.bold }),
        ...(c.italic ? { italic: true as const } : {}),
        ...(c.underline ? { underline: true as const } : {}),
        ...(c.emphasis ? { emphasis: true as const } : {}),
      },
    }))
}

export function plainSpans(text: string, style: ResolvedStyle): Span[] {
  return text ? [{ text, style: baseStyle(style) }] : []
}

/** On a grid every vertical distance is whole rows (GB/T 9704 §5.2.2). */
export function inRows(ctx: ComposeContext, space: number): number {
  const pitch = ctx.preset.gridPitch
  return pitch ? Math.round(space / pitch) * pitch : space
}

/** A height rounded up to whole grid rows. */
export function upToRows(ctx: ComposeContext, height: number): number {
  const pitch = ctx.preset.gridPitch
  return pitch ? Math.ceil(height / pitch - EPS) * pitch : height
}

function lineHeight(ctx: ComposeContext, style: ResolvedStyle): number {
  const pitch = ctx.preset.gridPitch
  return pitch ? Math.max(1, Math.ceil((style.size * 1.15) / pitch - EPS)) * pitch : style.pitch
}

function toSlabs(ctx: ComposeContext, p: ComposedParagraph, style: ResolvedStyle, role: LineRole, opts: SlabOptions): Slab[] {
  const height = lineHeight(ctx, style)
  const ascent = ctx.fonts.face(faceId(style.font, style.bold)).ascent
  const baseline = (height - style.size) / 2 + ascent * style.size
  const count = p.lines.length
  const { orphans, widows } = ctx.preset.keep
  return p.lines.map((c, k): Slab => {
    const left = style.insetLeft
    const drawn = drawLine(c.set, left + c.offset, baseline, ctx.fonts)
    const line: Line = {
      role,
      x: left,
      baseline,
      measure: c.measure,
      start: left + c.offset,
      width: c.set.width,
      ...(c.set.overhang ? { overhang: c.set.overhang } : {}),
      justified: c.set.justified,
      last: c.last,
      text: c.text,
      runs: drawn.runs,
    }
    const items = [...(opts.decorate?.(line, height) ?? []), ...drawn.items]
    // Widows and orphans: a break inside the paragraph leaves enough lines on both sides.
    const breakBefore = k === 0 || (k >= orphans && count - k >= widows)
    return { height, spaceBefore: 0, lines: [line], items, breakBefore, ...(k === 0 && opts.bookmark ? { bookmark: opts.bookmark } : {}) }
  })
}

export function textSlabs(ctx: ComposeContext, spans: readonly Span[], style: ResolvedStyle, role: LineRole, opts: SlabOptions = {}): Slab[] {
  if (!spans.length) return []
  const format: ParagraphFormat = {
    measure: (opts.span ? ctx.spanMeasure : ctx.measure) - style.insetLeft - style.insetRight,
    indent: style.indent,
    align: style.align,
    balance: opts.balance,
  }
  const p = composeParagraph(spans, format, ctx.fonts, ctx.text)
  ctx.notes.substitutions.push(...p.substitutions)
  const slabs = toSlabs(ctx, p, style, role, opts)
  // 伸行 keeps a 公文 page's 22 rows full (GB/T 9704 §5.2.2); a newspaper's baseline grid leaves a column a row short instead.
  if (ctx.preset.gridCells && style.align === 'justify' && slabs[0]) {
    // Set once, when a flow first asks: a page compositor flows the same slabs many times.
    let made: ReturnType<NonNullable<Slab['loosen']>['make']> | null = null
    const make = () => {
      if (made === null) {
        const longer = composeParagraphLonger(spans, format, ctx.fonts, ctx.text)
        made = longer && { slabs: toSlabs(ctx, longer, style, role, opts), stretch: longer.stretch }
      }
      return made
    }
    slabs[0].loosen = { count: slabs.length, make }
  }
  return slabs
}
