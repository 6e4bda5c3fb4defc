import type { Article, ImageBlock } from '../model/article'
import type { SectionHeadingTemplate } from '../styles/templates'
import type { FontSource } from '../typeset/font-metrics'
import type { ComposedArticle } from '../typeset/compose-article'
import { composeArticle } from '../typeset/compose-article'
import type { ResolvedPreset } from '../typeset/preset'
import type { Slab } from '../typeset/slab'
import type { ImageSize } from '../typeset/text-slabs'
import { plainSpans, textOptionsOf } from '../typeset/text-slabs'
import type { VerticalBlock } from '../typeset/compose-vertical'
import { composeVertical } from '../typeset/compose-vertical'

/**
 * An article's parts as a page frame sets them, each composed by the article typesetter: the headline
 * stack across a span or as a 竖题, the body text in the columns, and the lead image spanning columns. They are
 * composed apart because a frame changes them apart — a wider headline never re-sets the text — and
 * each is kept per article object, so after a keystroke only the edited article is set again.
 */

export interface StoryContext {
  fonts: FontSource
  templates: readonly SectionHeadingTemplate[]
  images: Readonly<Record<string, ImageSize>>
}

/** Composed parts by article object, then by what they were composed for. */
export type StoryCache = WeakMap<Article, Map<string, unknown>>

function cached<T>(cache: StoryCache, article: Article, key: string, compose: () => T): T {
  let byKey = cache.get(article)
  if (!byKey) cache.set(article, (byKey = new Map()))
  if (!byKey.has(key)) byKey.set(key, compose())
  return byKey.get(key) as T
}

/** The first image block: the one a frame may span over columns. */
export function leadImage(article: Article): number {
  return article.blocks.findIndex((b) => b.type === 'image')
}

/** 引题/主题/副题 across `span` pt in the preset's headline sizes (`titleOnly`: the 续题 of a continuation). */
export function composeHead(cache: StoryCache, ctx: StoryContext, article: Article, preset: ResolvedPreset, span: number, titleOnly: boolean): ComposedArticle {
  const { kicker, title, subtitle } = article.meta
  const meta = titleOnly ? { title } : { kicker, title, subtitle }
  return cached(cache, article, `head|${preset.styles.title.size}|${span}|${titleOnly}`, () =>
    composeArticle({ ...article, meta, blocks: [] }, { ...ctx, preset, measure: span, spanMeasure: span }),
  )
}

/** 引题/主题/副题 as a 竖题: vertical lines no longer than `length` pt, in reading order from the side it stands on. */
export function composeVerticalHead(cache: StoryCache, ctx: StoryContext, article: Article, preset: ResolvedPreset, length: number, rightToLeft: boolean): VerticalBlock {
  const { kicker, title, subtitle } = article.meta
  const { styles } = preset
  return cached(cache, article, `vertical|${styles.title.size}|${length}|${rightToLeft}`, () => {
    const parts = ([[kicker, styles.kicker], [title, styles.title], [subtitle, styles.subtitle]] as const).map(([text, style]) => ({ spans: plainSpans(text ?? '', style), size: style.size }))
    return composeVertical(parts, length, rightToLeft, ctx.fonts, textOptionsOf(preset))
  })
}

/** The text, set in columns of `measure` pt; the 电头 opens it. `without`: an image block the frame spans. */
export function composeBody(cache: StoryCache, ctx: StoryContext, article: Article, preset: ResolvedPreset, measure: number, without: number): ComposedArticle {
  const blocks = article.blocks.filter((_, i) => i !== without)
  return cached(cache, article, `body|${measure}|${without}`, () =>
    composeArticle({ ...article, meta: { title: '', byline: article.meta.byline }, blocks }, { ...ctx, preset, measure }),
  )
}

/** The image block at `index` with its caption, filling `width` pt. */
export function composeSpannedFigure(cache: StoryCache, ctx: StoryContext, article: Article, preset: ResolvedPreset, index: number, width: number): Slab | undefined {
  const block = article.blocks[index] as ImageBlock
  const composed = cached(cache, article, `figure|${index}|${width}`, () =>
    composeArticle({ ...article, meta: { title: '' }, blocks: [block] }, { ...ctx, preset, measure: width, fillFigures: true }),
  )
  return composed.slabs[0]
}
