import type { Block } from '../model/article'
import { headingLabels } from '../model/numbering'
import { inlineText } from '../model/text'
import { headingRank } from './sections'

export interface OutlineEntry {
  /** Top-level block index. */
  index: number
  rank: number
  /** 一、（一）… for 公文 headings; '' for section headings. */
  label: string
  text: string
  /** The sub line of a two-line section heading. */
  sub?: string
}

export function outlineEntries(blocks: readonly Block[]): OutlineEntry[] {
  const labels = headingLabels(blocks)
  const entries: OutlineEntry[] = []
  blocks.forEach((block, index) => {
    const rank = headingRank(block)
    if (rank === undefined) return
    if (block.type === 'section-heading') {
      const [main, sub] = block.children.map((l) => inlineText(l.children))
      entries.push({ index, rank, label: '', text: main ?? '', ...(sub ? { sub } : {}) })
    } else if (block.type === 'heading') {
      entries.push({ index, rank, label: labels.get(index) ?? '', text: inlineText(block.children) })
    }
  })
  return entries
}
