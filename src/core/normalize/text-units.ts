import type { Article, Block, Inline } from '../model/article'
import type { MetaTextField, TextAt } from '../model/review'
import { inlineText } from '../model/text'
import type { TextKind } from './text-edits'

export type { MetaTextField, TextAt }

/**
 * Every piece of article text normalisation and the checks look at, with a stable address: a block's
 * line (a two-line section heading has lines 0 and 1; an image's caption is its line 0) or a
 * headline/summary field of the meta.
 */

export interface TextUnit {
  at: TextAt
  inlines: Inline[]
  kind: TextKind
}

const HEADLINE_FIELDS: readonly MetaTextField[] = ['kicker', 'title', 'subtitle']

const FIELD_KEYS: Record<MetaTextField, number> = { kicker: -1, title: -2, subtitle: -3, summary: -4 }

/** A number per text unit (no strings: it is computed for every change of a long draft). */
export function unitKey(at: TextAt): number {
  return 'field' in at ? FIELD_KEYS[at.field] : at.block * 2 + at.line
}

/** Adds a block's units to `units` (no array per block: a long draft has tens of thousands). */
function addBlockUnits(units: TextUnit[], block: Block, index: number): void {
  switch (block.type) {
    case 'section-heading':
      block.children.forEach((line, i) => units.push({ at: { block: index, line: i }, inlines: line.children, kind: 'body' }))
      return
    case 'image':
      if (block.caption) units.push({ at: { block: index, line: 0 }, inlines: [{ text: block.caption }], kind: 'body' })
      return
    default:
      units.push({ at: { block: index, line: 0 }, inlines: block.children, kind: 'body' })
  }
}

export function textUnits(article: Article): TextUnit[] {
  const units: TextUnit[] = []
  for (const field of [...HEADLINE_FIELDS, 'summary'] as const) {
    const value = article.meta[field]
    if (value)
      units.push({
        at: { field },
        inlines: [{ text: value }],
        kind: field === 'summary' ? 'body' : 'headline',
      })
  }
  article.blocks.forEach((block, i) => addBlockUnits(units, block, i))
  return units
}

/** A copy of the article where `fn` may replace the inlines of any unit (undefined keeps it). */
export function mapUnits(article: Article, fn: (unit: TextUnit) => Inline[] | undefined): Article {
  const meta = { ...article.meta }
  for (const unit of textUnits({ ...article, blocks: [] })) {
    const next = fn(unit)
    if (next && 'field' in unit.at) meta[unit.at.field] = inlineText(next)
  }
  const units: TextUnit[] = []
  const blocks = article.blocks.map((block, index): Block => {
    units.length = 0
    addBlockUnits(units, block, index)
    const replaced = units.map(fn)
    if (!replaced.some(Boolean)) return block
    if (block.type === 'section-heading') {
      const children = block.children.map((line, l) =>
        replaced[l] ? { ...line, children: replaced[l]! } : line,
      )
      return { ...block, children: children as typeof block.children }
    }
    if (block.type === 'image') return { ...block, caption: inlineText(replaced[0]!) }
    return { ...block, children: replaced[0]! }
  })
  return { ...article, meta, blocks }
}
