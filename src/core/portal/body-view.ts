import type { Article, HeadingLevel, Inline, ParagraphRole } from '../model/article'
import { headingLabels } from '../model/numbering'
import { inlineText } from '../model/text'
import { sectionHeadingLines, sectionHeadingOrdinals, type DisplayLine } from '../styles/section-heading-lines'
import { findTemplate, type SectionHeadingTemplate } from '../styles/templates'
import { visibleText } from './html'
import type { ImageFrame } from './image-css'

/**
 * The article body as the portal shows it: numbering and template text resolved, run-in headings merged
 * into their paragraph, empty blocks dropped. The HTML renderers and content.txt both read these items,
 * so the page, the CMS fragment and the plain text carry the same characters in the same order.
 */

export type HeadingRank = 2 | 3 | 4 | 5 | 6

export interface RunInHeading {
  level: HeadingLevel
  label: string
  runs: Inline[]
}

/** `block`: the index of the article block the item starts at (absent for the 电头 line the page adds). */
export type BodyItem = { block?: number } & (
  | { kind: 'paragraph'; role: ParagraphRole; byline?: string; runIn?: RunInHeading; runs: Inline[] }
  | { kind: 'heading'; level: HeadingLevel; rank: HeadingRank; label: string; runs: Inline[] }
  | { kind: 'section-heading'; template: SectionHeadingTemplate; rank: HeadingRank; lines: DisplayLine[] }
  | { kind: 'quote'; runs: Inline[] }
  | ({ kind: 'image'; asset: string; alt: string; caption?: string; credit?: string; size?: { width: number; height: number } } & ImageFrame)
)

const isBlank = (runs: readonly Inline[]) => inlineText(runs).trim() === ''

/**
 * 公文 levels map to h2…h5 by the levels the article uses, and never deeper than one below the previous
 * heading, so a document that starts at （一） still has an unbroken outline under the h1 title.
 */
function rankFor(level: HeadingLevel, usedLevels: readonly HeadingLevel[], previous: number): HeadingRank {
  const wanted = 2 + usedLevels.indexOf(level)
  return Math.min(wanted, previous + 1, 6) as HeadingRank
}

export function articleBody(article: Article, templates: readonly SectionHeadingTemplate[]): BodyItem[] {
  const { blocks } = article
  const labels = headingLabels(blocks)
  const ordinals = sectionHeadingOrdinals(blocks)
  const usedLevels = [...new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : [])))].sort()
  const items: BodyItem[] = []
  let previousRank = 1
  let pendingRunIn: { heading: RunInHeading; block: number } | undefined

  blocks.forEach((block, index) => {
    const next = blocks[index + 1]
    switch (block.type) {
      case 'paragraph': {
        if (isBlank(block.children) && !pendingRunIn) return
        items.push({
          kind: 'paragraph',
          block: pendingRunIn?.block ?? index,
          role: block.role ?? 'body',
          ...(pendingRunIn ? { runIn: pendingRunIn.heading } : {}),
          runs: block.children,
        })
        pendingRunIn = undefined
        return
      }
      case 'heading': {
        if (isBlank(block.children)) return
        const label = labels.get(index) ?? ''
        // 「（一）总体要求。坚持…」: the heading opens the next paragraph on the same line.
        if (block.runIn && next?.type === 'paragraph') {
          pendingRunIn = { heading: { level: block.level, label, runs: block.children }, block: index }
          return
        }
        const rank = rankFor(block.level, usedLevels, previousRank)
        previousRank = rank
        items.push({ kind: 'heading', block: index, level: block.level, rank, label, runs: block.children })
        return
      }
      case 'section-heading': {
        if (block.children.every((line) => isBlank(line.children))) return
        const template = findTemplate(templates, block.template)
        const rank = Math.min(2, previousRank + 1) as HeadingRank
        previousRank = rank
        items.push({ kind: 'section-heading', block: index, template, rank, lines: sectionHeadingLines(block, template, ordinals.get(index) ?? 1) })
        return
      }
      case 'quote':
        if (!isBlank(block.children)) items.push({ kind: 'quote', block: index, runs: block.children })
        return
      case 'image': {
        const info = article.assets[block.asset]
        if (!info) return
        items.push({
          kind: 'image',
          block: index,
          asset: block.asset,
          alt: block.alt,
          ...(block.caption?.trim() ? { caption: block.caption } : {}),
          ...(block.credit?.trim() ? { credit: block.credit } : {}),
          ...(info.width && info.height ? { size: { width: info.width, height: info.height } } : {}),
          ...(block.width ? { width: block.width } : {}),
          ...(block.align ? { align: block.align } : {}),
          ...(block.crop ? { crop: block.crop } : {}),
        })
      }
    }
  })
  return withByline(items, article.meta.byline)
}

/** 电头 (本报讯（记者 ×××）) opens the first paragraph, as newspapers print it; otherwise it stands alone. */
function withByline(items: BodyItem[], byline: string | undefined): BodyItem[] {
  if (!byline?.trim()) return items
  const first = items[0]
  if (first?.kind === 'paragraph' && !first.runIn && (first.role === 'body' || first.role === 'lead')) {
    return [{ ...first, byline }, ...items.slice(1)]
  }
  return [{ kind: 'paragraph', role: 'body', byline, runs: [] }, ...items]
}

/** The visible text lines of an item, exactly as the HTML shows them. */
export function itemLines(item: BodyItem): string[] {
  switch (item.kind) {
    case 'paragraph': {
      const runIn = item.runIn ? item.runIn.label + inlineText(item.runIn.runs) : ''
      return [visibleText((item.byline ?? '') + runIn + inlineText(item.runs))]
    }
    case 'heading':
      return [visibleText(item.label + inlineText(item.runs))]
    case 'section-heading':
      return item.lines.map((line) => visibleText(line.prefix + line.text + line.suffix))
    case 'quote':
      return [visibleText(inlineText(item.runs))]
    case 'image':
      return [item.caption, item.credit].filter((s): s is string => !!s).map(visibleText)
  }
}
