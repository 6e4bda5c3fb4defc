import type { Block } from '../model/article'

/**
 * Sections for the outline: a heading owns the blocks up to the next heading of the same or higher rank.
 * A section heading (插题) ranks with a 公文 一、 heading; （一） 1. （1） rank below it.
 */
export function headingRank(block: Block): number | undefined {
  if (block.type === 'section-heading') return 1
  if (block.type === 'heading') return block.level
  return undefined
}

/** The end (exclusive) of the section that starts at `start`. */
export function sectionEnd(blocks: readonly Block[], start: number): number {
  const rank = headingRank(blocks[start]!)
  if (rank === undefined) return start + 1
  for (let i = start + 1; i < blocks.length; i++) {
    const r = headingRank(blocks[i]!)
    if (r !== undefined && r <= rank) return i
  }
  return blocks.length
}

export interface MoveStep {
  at: number
  to: number
}

/**
 * Single-node moves (Slate `moveNodes` semantics: `to` is the index after removal) that carry the
 * section starting at `start` so it begins before block `before` (`blocks.length` = to the end).
 * Empty when the drop lands inside the section itself.
 */
export function sectionMoveSteps(blocks: readonly Block[], start: number, before: number): MoveStep[] {
  const end = sectionEnd(blocks, start)
  if (before >= start && before <= end) return []
  const count = end - start
  const steps: MoveStep[] = []
  for (let k = 0; k < count; k++) {
    steps.push(before < start ? { at: start + k, to: before + k } : { at: start, to: before - 1 })
  }
  return steps
}

/** Applies move steps to a plain array, as Slate would; used by tests and previews. */
export function applyMoveSteps<T>(items: readonly T[], steps: readonly MoveStep[]): T[] {
  const out = [...items]
  for (const { at, to } of steps) {
    const [item] = out.splice(at, 1)
    out.splice(to, 0, item!)
  }
  return out
}
