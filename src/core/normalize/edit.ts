import type { NormalizeRule } from '../model/review'

/** One replacement in a piece of text, with the normalisation rule that proposed it. */
export interface TextEdit {
  offset: number
  before: string
  after: string
  rule: NormalizeRule
}

export type { NormalizeRule }

/** Applies non-overlapping edits (offsets in `text`) in one pass. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset)
  let out = ''
  let pos = 0
  for (const e of sorted) {
    out += text.slice(pos, e.offset) + e.after
    pos = e.offset + e.before.length
  }
  return out + text.slice(pos)
}
