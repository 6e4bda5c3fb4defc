import type { ArticleMeta } from '../model/article'
import type { ResolvedStyle } from './preset'
import type { Slab } from './slab'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { plainSpans, textSlabs } from './text-slabs'

/**
 * The title block: 引题, 主题, 副题, then the meta line (作者 来源 发布时间), each centred and balanced,
 * spanning the columns; each keeps the next lines with it, so the block stays with the text.
 */

/** 2020-08-03T16:26:27+08:00 → 2020-08-03 16:26, in the time zone it was written in. */
function displayTime(iso: string): string {
  return iso.slice(0, 10) + (iso.length > 15 ? ' ' + iso.slice(11, 16) : '')
}

function metaLine(meta: ArticleMeta): string {
  return [meta.author && `作者：${meta.author}`, meta.source && `来源：${meta.source}`, meta.publishedAt && `发布时间：${displayTime(meta.publishedAt)}`]
    .filter(Boolean)
    .join('\u3000')
}

export function composeTitleBlock(meta: ArticleMeta, ctx: ComposeContext): Piece[] {
  const { styles, articleMeta } = ctx.preset
  const parts: [string | undefined, ResolvedStyle, Slab['bookmark']?][] = [
    [meta.kicker, styles.kicker],
    [meta.title, styles.title, { title: meta.title, level: 0 }],
    [meta.subtitle, styles.subtitle],
    [articleMeta ? metaLine(meta) : undefined, styles.meta],
  ]
  return parts
    .filter(([text]) => text)
    .map(([text, style, bookmark]) => ({
      slabs: textSlabs(ctx, plainSpans(text!, style), style, 'title', { balance: style.align === 'center', bookmark, span: true }),
      before: style.spaceBefore,
      after: style.spaceAfter,
      heading: true,
      span: true,
    }))
}
