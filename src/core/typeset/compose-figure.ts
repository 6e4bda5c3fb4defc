import type { Article, ImageBlock } from '../model/article'
import { MM } from './preset'
import { alignedX, cropWindow, isCropped, setWidth, shownAspect } from '../model/image-frame'
import type { Line, PageItem } from './frame'
import { shiftItem, shiftLine } from './slab'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { plainSpans, textSlabs, upToRows } from './text-slabs'

/**
 * Images are placed at the width their block sets, else at 150 ppi at most (or fill the measure when a
 * page compositor spans them), then fitted to the column and to 60% of the type area's height.
 */
const IMAGE_PPI = 150
const IMAGE_MAX_HEIGHT = 0.6

/**
 * A figure and its caption (图注 and credit, centred below it) as one slab, so a page never parts them.
 * An image the writers cannot draw keeps its place as a grey box, and the reader is told.
 */
export function composeFigure(b: ImageBlock, article: Article, ctx: ComposeContext): Omit<Piece, 'block'> {
  const { styles, area } = ctx.preset
  const column = ctx.measure
  const size = ctx.images[b.asset]
  let width = column
  let height = column / 2
  const items: PageItem[] = []
  if (size) {
    const shown = cropWindow(b.crop)
    width = ctx.fillFigures ? column : (setWidth(b.width, column, MM) ?? Math.min(column, (size.width * shown.width * 72) / IMAGE_PPI))
    height = width / shownAspect(size, b.crop)
    if (height > area.height * IMAGE_MAX_HEIGHT) {
      width *= (area.height * IMAGE_MAX_HEIGHT) / height
      height = area.height * IMAGE_MAX_HEIGHT
    }
    const x = ctx.fillFigures ? 0 : alignedX(b.align, column, width)
    items.push({ kind: 'image', asset: b.asset, x, y: 0, width, height, alt: b.alt || b.caption || '', ...(isCropped(b.crop) ? { crop: b.crop } : {}) })
  } else {
    ctx.notes.warnings.push(`图片「${article.assets[b.asset]?.name ?? b.asset}」无法放入 PDF（只支持 JPEG 和 PNG），已留出位置。`)
    items.push({ kind: 'box', x: 0, y: 0, width, height, color: '#e6e6e6' })
  }
  const caption = [b.caption, b.credit].filter(Boolean).join('\u3000')
  const lines: Line[] = []
  let y = height + 0.4 * styles.caption.size
  for (const slab of textSlabs(ctx, plainSpans(caption, styles.caption), styles.caption, 'caption')) {
    lines.push(...slab.lines.map((l) => shiftLine(l, 0, y)))
    items.push(...slab.items.map((i) => shiftItem(i, 0, y)))
    y += slab.height
  }
  const slab = { height: upToRows(ctx, y), spaceBefore: 0, lines, items, breakBefore: true }
  return { slabs: [slab], before: styles.caption.spaceBefore, after: styles.caption.spaceAfter }
}
