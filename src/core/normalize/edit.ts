/** One replacement in a piece of text, with the normalisation rule that proposed it. */
export interface TextEdit {
  offset: number
  before: string
  after: string
  rule: NormalizeRule
}

/**
 * punct-width: ASCII , : ; ? ! beside Han → full width · brackets: ( ) around Han → （ ） ·
 * quotes: straight quotes around Han → “ ” ‘ ’ · space-percent: 100 % → 100% ·
 * space-cjk: spaces between Han and CJK punctuation · indent: leading indentation ·
 * trailing-space · headline-space: a space between headline parts → U+3000.
 */
export type NormalizeRule =
  | 'punct-width'
  | 'brackets'
  | 'quotes'
  | 'space-percent'
  | 'space-cjk'
  | 'indent'
  | 'trailing-space'
  | 'headline-space'

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
