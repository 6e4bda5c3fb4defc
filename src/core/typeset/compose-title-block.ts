import type { ArticleMeta } from '../model/article'
import { formatPublishedAt } from '../model/dates'
import type { ResolvedStyle } from './preset'
import type { Slab } from './slab'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { plainSpans, textSlabs } from './text-slabs'

/**
 * The title block: the 发文字号 (centred above the title, a line clear of it: GB/T 9704 §7.2.4), 引题, 主题,
 * 副题, then the meta line (作者 来源 发布时间), each centred and balanced, spanning the columns; each keeps
 * the next lines with it, so the block stays with the text.
 */

function metaLine(meta: ArticleMeta): string {
  return [meta.author && `作者：${meta.author}`, meta.source && `来源：${meta.source}`, meta.publishedAt && `发布时间：${formatPublishedAt(meta.publishedAt)}`]
    .filter(Boolean)
    .join('\u3000')
}

export function composeTitleBlock(meta: ArticleMeta, ctx: ComposeContext): Piece[] {
  const { styles, articleMeta, body } = ctx.preset
  const docNumber: ResolvedStyle = { ...body, align: 'center', indent: 0, insetLeft: 0, insetRight: 0, spaceBefore: 0, spaceAfter: body.size }
  const parts: [string | undefined, ResolvedStyle, Slab['bookmark']?][] = [
    [meta.docNumber, docNumber],
    [meta.kicker, styles.kicker],
    [meta.title, styles.title, { title: meta.title, level: 0 }],
    [meta.subtitle, styles.subtitle],
    [articleMeta ? metaLine(meta) : undefined, styles.meta],
  ]
  const pieces = parts
    .filter(([text]) => text)
    .map(([text, style, bookmark]): Piece => ({
      slabs: textSlabs(ctx, plainSpans(text!, style), style, 'title', { balance: style.align === 'center', bookmark, span: true }),
      before: style.spaceBefore,
      after: style.spaceAfter,
      heading: true,
      span: true,
    }))
  // The space that parts the block from the text is the meta line's: with no author, source or date
  // the block ends with the 主题 or 副题, whose own space after is only what parts it from the next title line.
  const last = pieces[pieces.length - 1]
  if (articleMeta && last) last.after = Math.max(last.after, styles.meta.spaceAfter)
  return pieces
}
