import type { Article, Block, ParagraphBlock, ParagraphRole } from '../model/article'
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
import { composeCc } from './compose-cc'
import { composeImprint } from './compose-imprint'

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

/**
 * The style each paragraph role is set in. 成文日期 takes the 落款 style (右空四字) with the 署名 centred over it;
 * 附注, 抄送 and 印发 have styles derived from the body (preset.ts).
 */
const ROLE_STYLES: Record<ParagraphRole, StyleName> = {
  body: 'body',
  lead: 'lead',
  note: 'note',
  addressee: 'addressee',
  attachment: 'attachment',
  signoff: 'signoff',
  'signed-date': 'signoff',
  annotation: 'annotation',
  cc: 'cc',
  imprint: 'imprint',
}

/** The paragraph at `start` and the ones right after it with the same role. */
function roleRun(blocks: readonly Block[], start: number): ParagraphBlock[] {
  const role = (blocks[start] as ParagraphBlock).role
  let end = start + 1
  while (blocks[end]?.type === 'paragraph' && (blocks[end] as ParagraphBlock).role === role) end++
  return blocks.slice(start, end) as ParagraphBlock[]
}

/** The 署名 lines at `start` and the 成文日期 right after them, if any. */
function signoffRun(blocks: readonly Block[], start: number): ParagraphBlock[] {
  const names = (blocks[start] as ParagraphBlock).role === 'signoff' ? roleRun(blocks, start) : []
  const date = blocks[start + names.length]
  return date?.type === 'paragraph' && date.role === 'signed-date' ? [...names, date] : names
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
  const styleOf = (b: ParagraphBlock): ResolvedStyle => styles[ROLE_STYLES[b.role ?? 'body']]
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
        // 落款 and 附件说明 are set as a group: the 署名 lines with the 成文日期 under them, the attachments.
        if (b.role === 'signoff' || b.role === 'signed-date' || b.role === 'attachment') {
          const group = b.role === 'attachment' ? roleRun(article.blocks, index) : signoffRun(article.blocks, index)
          pieces.push(...(b.role === 'attachment' ? composeAttachments(group, ctx) : composeSignoff(group, ctx)).map(at))
          consumed = group.length
          break
        }
        if (b.role === 'cc' || b.role === 'imprint') {
          pieces.push(at(b.role === 'cc' ? composeCc(b, ctx) : composeImprint(b, ctx)))
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
