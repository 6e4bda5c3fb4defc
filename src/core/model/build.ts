import type { Article, ArticleMeta, Block, HeadingLevel, Inline, ParagraphRole } from './article'
import { ARTICLE_VERSION } from './article'

/** Small constructors used by importers and tests, so Slate's shape is written in one place. */

// Without marks no object is spread: importers make one run per line of megabyte drafts.
export function text(value: string, marks?: Omit<Inline, 'text'>): Inline {
  return marks ? { text: value, ...marks } : { text: value }
}

export function paragraph(content: string | Inline[], role?: ParagraphRole): Block {
  const children = typeof content === 'string' ? [text(content)] : content.length ? content : [text('')]
  return role && role !== 'body' ? { type: 'paragraph', role, children } : { type: 'paragraph', children }
}

export function sectionHeading(main: string | Inline[], sub?: string | Inline[], template = 'double-center'): Block {
  const line = (c: string | Inline[]) => ({
    type: 'heading-line' as const,
    children: typeof c === 'string' ? [text(c)] : c,
  })
  return {
    type: 'section-heading',
    template,
    children: sub === undefined ? [line(main)] : [line(main), line(sub)],
  }
}

/** A 公文 heading; `number` is the author's own number as written (「二、」), kept as content. */
export function heading(level: HeadingLevel, content: string | Inline[], runIn = false, number?: string): Block {
  const children = typeof content === 'string' ? [text(content)] : content
  return {
    type: 'heading',
    level,
    ...(number !== undefined ? { number } : {}),
    ...(runIn ? { runIn: true as const } : {}),
    children,
  }
}

export function quote(content: string | Inline[]): Block {
  return { type: 'quote', children: typeof content === 'string' ? [text(content)] : content }
}

export function image(asset: string, alt: string, caption?: string, credit?: string): Block {
  return {
    type: 'image',
    asset,
    alt,
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    children: [{ text: '' }],
  }
}

export function article(meta: ArticleMeta, blocks: Block[], assets: Article['assets'] = {}): Article {
  return { version: ARTICLE_VERSION, meta, blocks, assets }
}

export function emptyArticle(): Article {
  return article({ title: '' }, [paragraph('')])
}
