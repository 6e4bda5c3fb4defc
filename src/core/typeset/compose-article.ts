import type { Article, Block, ParagraphBlock } from '../model/article'
import { headingLabels } from '../model/numbering'
import type { SectionHeadingTemplate } from '../styles/templates'
import { findTemplate } from '../styles/templates'
import { sectionHeadingOrdinals } from '../styles/section-heading-lines'
import type { FontSource } from './font-metrics'
import type { ResolvedPreset, ResolvedStyle, StyleName } from './preset'
import type { Segmented } from './segment'
import type { Slab } from './slab'
import type { Piece } from './stack-pieces'
import { stackPieces } from './stack-pieces'
import type { ComposeContext, ImageSize } from './text-slabs'
import { inRows, plainSpans, spansOf, textOptionsOf, textSlabs } from './text-slabs'
import { composeTitleBlock } from './compose-title-block'
import { composeGongwenHeading } from './compose-gongwen-heading'
import { composeSectionHeading } from './compose-section-heading'
import { composeFigure } from './compose-figure'
import { composeSignoff } from './compose-signoff'
import { composeAttachments } from './compose-attachments'

/**
 * Article → the vertical list of slabs. Each block goes to its composer (title block, paragraphs by
 * role, 落款 and 附件说明 groups, 公文 headings, section headings, figures), which returns pieces; a pure
 * fold (`stackPieces`) then sets the space between them and the keeps. Pagination, or a page
 * compositor, only obeys what the slabs say.
 */

export interface ComposeOptions {
  preset: ResolvedPreset
  fonts: FontSource
  templates: readonly SectionHeadingTemplate[]
  /** Pixel sizes of the images the output can draw, by asset id. */
  images: Readonly<Record<string, ImageSize>>
  /** Width of the columns the body is set in, and of the title block; default: the preset's. */
  measure?: number
  spanMeasure?: number
  /** Images fill the measure, as a page compositor spans them over columns; default: at most 150 ppi. */
  fillFigures?: boolean
}

export interface ComposedArticle {
  slabs: Slab[]
  substitutions: Segmented['substitutions']
  warnings: string[]
}

/** The paragraph at `start` and the ones right after it with the same role. */
function roleRun(blocks: readonly Block[], start: number): ParagraphBlock[] {
  const role = (blocks[start] as ParagraphBlock).role
  let end = start + 1
  while (blocks[end]?.type === 'paragraph' && (blocks[end] as ParagraphBlock).role === role) end++
  return blocks.slice(start, end) as ParagraphBlock[]
}

export function composeArticle(article: Article, options: ComposeOptions): ComposedArticle {
  const { preset } = options
  const ctx: ComposeContext = {
    preset,
    fonts: options.fonts,
    images: options.images,
    text: textOptionsOf(preset),
    measure: options.measure ?? preset.columns.width,
    spanMeasure: options.spanMeasure ?? preset.area.width,
    fillFigures: options.fillFigures ?? false,
    notes: { substitutions: [], warnings: [] },
  }
  const { styles } = preset
  const styleOf = (b: ParagraphBlock): ResolvedStyle => styles[(b.role && b.role !== 'body' ? b.role : 'body') as StyleName]
  const paragraph = (spans: ReturnType<typeof spansOf>, style: ResolvedStyle): Omit<Piece, 'block'> => ({
    slabs: textSlabs(ctx, spans, style, 'body'),
    before: style.spaceBefore,
    after: style.spaceAfter,
  })

  const pieces: Piece[] = composeTitleBlock(article.meta, ctx)
  // 电头 (本报讯…) opens the first paragraph, set in its own face.
  let byline = article.meta.byline
  if (byline && article.blocks[0]?.type !== 'paragraph') {
    pieces.push(paragraph(plainSpans(byline, styles.byline), styles.byline))
    byline = undefined
  }
  const labels = headingLabels(article.blocks)
  const ordinals = sectionHeadingOrdinals(article.blocks)
  for (let index = 0; index < article.blocks.length; ) {
    const b = article.blocks[index]!
    const at = (piece: Omit<Piece, 'block'>): Piece => ({ ...piece, block: index })
    let consumed = 1
    switch (b.type) {
      case 'paragraph': {
        // 落款 and 附件说明 are set as a group: the consecutive paragraphs of that role.
        if (b.role === 'signoff' || b.role === 'attachment') {
          const group = roleRun(article.blocks, index)
          pieces.push(...(b.role === 'signoff' ? composeSignoff(group, ctx) : composeAttachments(group, ctx)).map(at))
          consumed = group.length
          break
        }
        const style = styleOf(b)
        const lead = byline ? plainSpans(byline, styles.byline) : []
        byline = undefined
        pieces.push(at(paragraph([...lead, ...spansOf(b.children, style)], style)))
        break
      }
      case 'quote':
        pieces.push(at(paragraph(spansOf(b.children, styles.quote), styles.quote)))
        break
      case 'heading': {
        const heading = composeGongwenHeading(b, labels.get(index) ?? '', article.blocks[index + 1], styleOf, ctx)
        pieces.push(at(heading.piece))
        consumed = heading.consumed
        break
      }
      case 'section-heading':
        pieces.push(at(composeSectionHeading(b, findTemplate(options.templates, b.template), ordinals.get(index) ?? 1, ctx)))
        break
      case 'image':
        pieces.push(at(composeFigure(b, article, ctx)))
        break
    }
    index += consumed
  }
  const { editor } = article.meta
  if (preset.articleMeta && editor) pieces.push(paragraph(plainSpans(`（责任编辑：${editor}）`, styles.editor), styles.editor))
  const slabs = stackPieces(pieces, { keepWithHeading: preset.keep.headingWithNext, round: (space) => inRows(ctx, space) })
  return { slabs, substitutions: ctx.notes.substitutions, warnings: ctx.notes.warnings }
}
