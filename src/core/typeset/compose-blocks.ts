import type { Article, Block, ImageBlock, Inline, SectionHeadingBlock } from '../model/article'
import { headingLabels } from '../model/numbering'
import { inlineText } from '../model/text'
import type { SectionHeadingTemplate } from '../styles/templates'
import { findTemplate } from '../styles/templates'
import { sectionHeadingLines, sectionHeadingOrdinals } from '../styles/section-heading-lines'
import type { FontSource } from './font-metrics'
import { faceId } from './font-metrics'
import type { Line, LineRole, PageItem } from './frame'
import type { ResolvedPreset, ResolvedStyle, StyleName } from './preset'
import type { Span, TextStyle } from './text-style'
import type { Segmented } from './segment'
import { segment } from './segment'
import type { ComposedParagraph, ParagraphFormat, TextOptions } from './compose-paragraph'
import { composeParagraph, composeParagraphLonger } from './compose-paragraph'
import { drawLine } from './line-runs'
import type { Slab } from './slab'
import { shiftItem, shiftLine } from './slab'

/**
 * Article → the vertical list of slabs: title block, paragraphs by role, 公文 headings with their
 * numbers, section headings drawn by their templates, figures with captions. Keeps are set here
 * (headings with the lines after them, widows and orphans); pagination only obeys them.
 */

export interface ImageSize {
  width: number
  height: number
}

export interface ComposeContext {
  preset: ResolvedPreset
  fonts: FontSource
  templates: readonly SectionHeadingTemplate[]
  /** Pixel sizes of the images the output can draw, by asset id. */
  images: Readonly<Record<string, ImageSize>>
}

export interface ComposedArticle {
  slabs: Slab[]
  substitutions: Segmented['substitutions']
  warnings: string[]
}

const EPS = 1e-6
/** Images are placed at 150 ppi at most, then fitted to the column and to 60% of the type area's height. */
const IMAGE_PPI = 150
const IMAGE_MAX_HEIGHT = 0.6

function baseStyle(style: { font: ResolvedStyle['font']; bold: boolean; size: number; color: string }): TextStyle {
  return { face: faceId(style.font, style.bold), size: style.size, color: style.color }
}

function spansOf(children: readonly Inline[], style: ResolvedStyle): Span[] {
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

type ParagraphBlock = Extract<Block, { type: 'paragraph' }>

/** The paragraph at `start` and the ones right after it with the same role. */
function roleRun(blocks: readonly Block[], start: number): ParagraphBlock[] {
  const role = (blocks[start] as ParagraphBlock).role
  let end = start + 1
  while (blocks[end]?.type === 'paragraph' && (blocks[end] as ParagraphBlock).role === role) end++
  return blocks.slice(start, end) as ParagraphBlock[]
}

/** The spans before and after the character at `at` (UTF-16 units). */
function splitSpans(spans: readonly Span[], at: number): [Span[], Span[]] {
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

function plainSpans(text: string, style: ResolvedStyle): Span[] {
  return text ? [{ text, style: baseStyle(style) }] : []
}

/** 2020-08-03T16:26:27+08:00 → 2020-08-03 16:26, in the time zone it was written in. */
function displayTime(iso: string): string {
  return iso.slice(0, 10) + (iso.length > 15 ? ' ' + iso.slice(11, 16) : '')
}

export function composeArticle(article: Article, ctx: ComposeContext): ComposedArticle {
  const { preset, fonts } = ctx
  const styles = preset.styles
  const column = preset.columns.width
  const pitch = preset.gridPitch
  const textOptions: TextOptions = {
    hanLatinSpace: preset.hanLatinSpace,
    tracking: preset.gridTracking,
    trimLineStartOpening: preset.trimLineStartOpening,
    lastLineMin: preset.keep.lastLine,
    breakOnCells: pitch !== undefined,
  }
  const slabs: Slab[] = []
  const substitutions: Segmented['substitutions'] = []
  const warnings: string[] = []
  let spaceAfter = 0
  let keepLines = 0
  let currentBlock: number | undefined

  /** On a grid every vertical distance is whole rows (GB/T 9704 §5.2.2). */
  const rows = (space: number) => (pitch ? Math.round(space / pitch) * pitch : space)
  const lineHeight = (style: ResolvedStyle) => (pitch ? Math.max(1, Math.ceil((style.size * 1.15) / pitch - EPS)) * pitch : style.pitch)

  /** Appends a block's slabs, collapsing its space before with the previous block's space after. */
  const emit = (block: Slab[], space: { before: number; after: number }, opts: { heading?: boolean; span?: boolean } = {}) => {
    if (!block.length) return
    block[0] = { ...block[0]!, spaceBefore: rows(Math.max(space.before, spaceAfter)) }
    for (const slab of block) {
      if (keepLines > 0) {
        slab.breakBefore = false
        if (slab.lines.length) keepLines--
      }
      if (opts.span) slab.spanColumns = true
      if (currentBlock !== undefined) slab.block = currentBlock
      slabs.push(slab)
    }
    spaceAfter = space.after
    if (opts.heading) keepLines = preset.keep.headingWithNext
  }

  type SlabOptions = { balance?: boolean; bookmark?: Slab['bookmark']; decorate?: (line: Line, height: number) => PageItem[]; span?: boolean }

  const toSlabs = (p: ComposedParagraph, style: ResolvedStyle, role: LineRole, opts: SlabOptions): Slab[] => {
    const height = lineHeight(style)
    const ascent = fonts.face(faceId(style.font, style.bold)).ascent
    const baseline = (height - style.size) / 2 + ascent * style.size
    const count = p.lines.length
    const { orphans, widows } = preset.keep
    return p.lines.map((c, k): Slab => {
      const left = style.insetLeft
      const drawn = drawLine(c.set, left + c.offset, baseline, fonts)
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

  const textSlabs = (spans: readonly Span[], style: ResolvedStyle, role: LineRole, opts: SlabOptions = {}): Slab[] => {
    if (!spans.length) return []
    const format: ParagraphFormat = {
      measure: (opts.span ? preset.area.width : column) - style.insetLeft - style.insetRight,
      indent: style.indent,
      align: style.align,
      balance: opts.balance,
    }
    const p = composeParagraph(spans, format, fonts, textOptions)
    substitutions.push(...p.substitutions)
    const slabs = toSlabs(p, style, role, opts)
    if (pitch && style.align === 'justify' && slabs[0]) {
      const make = () => {
        const longer = composeParagraphLonger(spans, format, fonts, textOptions)
        return longer && { slabs: toSlabs(longer, style, role, opts), stretch: longer.stretch }
      }
      slabs[0].loosen = { count: slabs.length, make }
    }
    return slabs
  }

  const block = (style: ResolvedStyle) => ({ before: style.spaceBefore, after: style.spaceAfter })

  // Title block: 引题, 主题, 副题, then the meta line; kept together and with the text after it.
  const { meta } = article
  const metaLine = [
    meta.author && `作者：${meta.author}`,
    meta.source && `来源：${meta.source}`,
    meta.publishedAt && `发布时间：${displayTime(meta.publishedAt)}`,
  ].filter(Boolean)
  const titleParts: [string | undefined, ResolvedStyle, Slab['bookmark']?][] = [
    [meta.kicker, styles.kicker],
    [meta.title, styles.title, { title: meta.title, level: 0 }],
    [meta.subtitle, styles.subtitle],
    [preset.articleMeta ? metaLine.join('\u3000') : undefined, styles.meta],
  ]
  for (const [text, style, bookmark] of titleParts) {
    if (text) emit(textSlabs(plainSpans(text, style), style, 'title', { balance: style.align === 'center', bookmark, span: true }), block(style), { heading: true, span: true })
  }

  const labels = headingLabels(article.blocks)
  const ordinals = sectionHeadingOrdinals(article.blocks)
  const roleStyle = (b: Extract<Block, { type: 'paragraph' }>): ResolvedStyle => styles[(b.role && b.role !== 'body' ? b.role : 'body') as StyleName]
  // 电头 (本报讯…) opens the first paragraph, set in its own face.
  let byline = meta.byline
  if (byline && article.blocks[0]?.type !== 'paragraph') {
    emit(textSlabs(plainSpans(byline, styles.byline), styles.byline, 'body'), block(styles.byline))
    byline = undefined
  }

  for (let index = 0; index < article.blocks.length; index++) {
    currentBlock = index
    const b = article.blocks[index]!
    switch (b.type) {
      case 'paragraph': {
        const style = roleStyle(b)
        // 落款 and 附件说明 are set as a group: the consecutive paragraphs of that role.
        if (b.role === 'signoff' || b.role === 'attachment') {
          const group = roleRun(article.blocks, index)
          if (b.role === 'signoff') signoff(group)
          else attachments(group)
          index += group.length - 1
          break
        }
        const lead = byline ? plainSpans(byline, styles.byline) : []
        byline = undefined
        emit(textSlabs([...lead, ...spansOf(b.children, style)], style, 'body'), block(style))
        break
      }
      case 'quote':
        emit(textSlabs(spansOf(b.children, styles.quote), styles.quote, 'body'), block(styles.quote))
        break
      case 'heading': {
        const style = styles[`heading${b.level}`]
        const label = labels.get(index) ?? ''
        const heading = [...plainSpans(label, style), ...spansOf(b.children, style)]
        const bookmark = { title: label + inlineText(b.children), level: b.level }
        const next = article.blocks[index + 1]
        if (b.runIn && next?.type === 'paragraph') {
          // 「（一）总体要求。坚持…」: the heading opens the paragraph that follows it.
          const body = roleStyle(next)
          emit(textSlabs([...heading, ...spansOf(next.children, body)], body, 'body', { bookmark }), block(style))
          index++
        } else emit(textSlabs(heading, style, 'heading', { bookmark }), block(style), { heading: true })
        break
      }
      case 'section-heading': {
        const template = findTemplate(ctx.templates, b.template)
        // On a grid (GB/T 9704 §5.2.2) every row holds text: a 公文 leaves no blank rows around headings.
        const space = pitch ? 0 : preset.body.size
        emit(sectionHeading(b, template, ordinals.get(index) ?? 1), { before: template.spaceBefore * space, after: template.spaceAfter * space }, { heading: true })
        break
      }
      case 'image':
        emit([figure(b, article)], block(styles.caption))
        break
    }
  }
  currentBlock = undefined
  if (preset.articleMeta && meta.editor) emit(textSlabs(plainSpans(`（责任编辑：${meta.editor}）`, styles.editor), styles.editor, 'body'), block(styles.editor))
  return { slabs, substitutions, warnings }

  /**
   * 落款: the last line (成文日期) is set by the signoff style (公文: 右空四字), the lines above it
   * (发文机关署名) centred over it (GB/T 9704 §7.3.5.1).
   */
  function signoff(group: readonly Extract<Block, { type: 'paragraph' }>[]): void {
    const style = styles.signoff
    const last = textSlabs(spansOf(group[group.length - 1]!.children, style), style, 'body')
    const date = last[last.length - 1]?.lines[0]
    const centre = date ? date.start + date.width / 2 : column / 2
    group.slice(0, -1).forEach((b, k) => {
      const above = textSlabs(spansOf(b.children, style), { ...style, align: 'left', indent: 0, insetLeft: 0, insetRight: 0 }, 'body').map((slab) => {
        const line = slab.lines[0]!
        const dx = Math.max(-line.start, Math.min(column - line.start - line.width, centre - (line.start + line.width / 2)))
        return { ...slab, lines: slab.lines.map((l) => shiftLine(l, dx, 0)), items: slab.items.map((i) => shiftItem(i, dx, 0)) }
      })
      emit(above, { before: k === 0 ? style.spaceBefore : 0, after: 0 })
    })
    emit(last, { before: group.length > 1 ? 0 : style.spaceBefore, after: style.spaceAfter })
  }

  /**
   * 附件说明 (GB/T 9704 §7.3.4): 「附件：1.名称」 after a blank line; the next attachments' numbers stand
   * under the first one's, with no space between; a long name continues under its own first character.
   */
  function attachments(group: readonly Extract<Block, { type: 'paragraph' }>[]): void {
    const style = styles.attachment
    let numberAt = style.indent
    group.forEach((b, k) => {
      const text = inlineText(b.children)
      const label = k === 0 ? (text.match(/^附件[：:]\s*/u)?.[0].length ?? 0) : 0
      const number = text.slice(label).match(/^\d{1,2}[.．、](?!\d)/u)?.[0].length ?? 0
      const spans = spansOf(b.children, style)
      const start = k === 0 ? style.indent : numberAt
      if (k === 0) numberAt = start + advanceTo(spans, label)
      const [marker, name] = splitSpans(spans, label + number)
      emit(hanging(marker, name, style, start, start + advanceTo(spans, label + number)), {
        before: k === 0 ? style.spaceBefore : 0,
        after: k === group.length - 1 ? style.spaceAfter : 0,
      })
    })
  }

  /**
   * A paragraph whose lines all start at `bodyAt`, with `marker` set in the hang of its first line from
   * `markerAt` (from the style's left edge, pt). The marker sits outside the justified text, so
   * stretching a line never moves the body's first character off the lines below it.
   */
  function hanging(marker: readonly Span[], body: readonly Span[], style: ResolvedStyle, markerAt: number, bodyAt: number): Slab[] {
    if (!body.length) return textSlabs(marker, { ...style, indent: markerAt }, 'body')
    const slabs = textSlabs(body, { ...style, insetLeft: style.insetLeft + bodyAt, indent: 0 }, 'body')
    if (!marker.length) return slabs
    const m = textSlabs(marker, { ...style, align: 'left', indent: 0, insetLeft: style.insetLeft + markerAt, insetRight: 0 }, 'body')[0]!.lines[0]!
    // The longer setting (伸行) would come without the marker: a hanging paragraph is set as it is.
    const { loosen: _, ...first } = slabs[0]!
    const line = first.lines[0]!
    const dx = line.start - m.start
    const merged: Line = { ...line, x: m.x, start: m.start, measure: line.measure + dx, width: line.width + dx, text: m.text + line.text, runs: [...m.runs, ...line.runs] }
    slabs[0] = { ...first, lines: [merged] }
    return slabs
  }

  /** From the start of a paragraph to its character at `chars` (UTF-16 units), set at natural width, pt. */
  function advanceTo(spans: readonly Span[], chars: number): number {
    const { atoms, gaps } = segment(spans, fonts, { hanLatinSpace: textOptions.hanLatinSpace, tracking: textOptions.tracking })
    let x = 0
    let at = 0
    for (let i = 0; i < atoms.length && at < chars; i++) {
      x += atoms[i]!.width + gaps[i]!.base
      at += atoms[i]!.text.length
    }
    return x
  }

  function sectionHeading(b: SectionHeadingBlock, template: SectionHeadingTemplate, ordinal: number): Slab[] {
    const body = preset.body.size
    const d = template.decoration
    const out: Slab[] = []
    const shown = sectionHeadingLines(b, template, ordinal).map((display) => ({ ...display, full: display.prefix + display.text + display.suffix }))
    for (const display of shown) {
      const s = template[display.role]
      const size = s.size * body
      const band = d.kind === 'band' && display.role === 'main'
      const style: ResolvedStyle = {
        font: s.font,
        size,
        bold: s.bold,
        color: s.color,
        pitch: size * preset.sectionHeadingLeading,
        align: template.align === 'center' ? 'center' : 'left',
        indent: 0,
        // The same room the editor's CSS gives: 0.6 em padding beside a rule or inside a band.
        insetLeft: d.kind === 'left-rule' ? (d.width + 0.6) * body : band && template.align === 'left' ? 0.6 * size : 0,
        insetRight: 0,
        spaceBefore: 0,
        spaceAfter: 0,
      }
      const decorate = (line: Line, height: number): PageItem[] => {
        if (d.kind === 'left-rule') return [{ kind: 'rule', x1: (d.width * body) / 2, y1: 0, x2: (d.width * body) / 2, y2: height, width: d.width * body, color: d.color }]
        if (band) {
          const ascent = fonts.face(faceId(s.font, s.bold)).ascent
          return [{ kind: 'box', x: line.start - 0.6 * size, y: line.baseline - ascent * size - 0.15 * size, width: line.width + 1.2 * size, height: 1.3 * size, color: d.color }]
        }
        return []
      }
      out.push(...textSlabs(plainSpans(display.full, style), style, 'heading', { decorate }))
    }
    out.forEach((slab, k) => (slab.breakBefore = k === 0))
    if (out[0]) out[0] = { ...out[0], bookmark: { title: shown.map((l) => l.full).join('\u3000'), level: 1 } }
    return out
  }

  function figure(b: ImageBlock, a: Article): Slab {
    const size = ctx.images[b.asset]
    const areaHeight = preset.area.height
    let width = column
    let height = column / 2
    const items: PageItem[] = []
    if (size) {
      width = Math.min(column, (size.width * 72) / IMAGE_PPI)
      height = (width * size.height) / size.width
      if (height > areaHeight * IMAGE_MAX_HEIGHT) {
        width *= (areaHeight * IMAGE_MAX_HEIGHT) / height
        height = areaHeight * IMAGE_MAX_HEIGHT
      }
      items.push({ kind: 'image', asset: b.asset, x: (column - width) / 2, y: 0, width, height })
    } else {
      warnings.push(`图片「${a.assets[b.asset]?.name ?? b.asset}」无法放入 PDF（只支持 JPEG 和 PNG），已留出位置。`)
      items.push({ kind: 'box', x: 0, y: 0, width, height, color: '#e6e6e6' })
    }
    const caption = [b.caption, b.credit].filter(Boolean).join('\u3000')
    const lines: Line[] = []
    let y = height + 0.4 * styles.caption.size
    for (const slab of textSlabs(plainSpans(caption, styles.caption), styles.caption, 'caption')) {
      lines.push(...slab.lines.map((l) => shiftLine(l, 0, y)))
      items.push(...slab.items.map((i) => shiftItem(i, 0, y)))
      y += slab.height
    }
    return { height: pitch ? Math.ceil(y / pitch - EPS) * pitch : y, spaceBefore: 0, lines, items, breakBefore: true }
  }
}
