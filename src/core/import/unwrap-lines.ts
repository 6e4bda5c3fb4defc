import { text } from '../model/build'
import { inlineText } from '../model/text'
import { gongwenLevel } from './recognise/gongwen-heading'
import { isAttachmentLine, isDateLine } from './recognise/line-shapes'
import type { TextItem } from './source-item'
import type { SourcePosition } from './types'

/**
 * Hard-wrapped plain text — copied from a PDF, an e-mail, a fixed-width editor — cuts every line of a
 * paragraph but the last at about the same width. Read line by line it would become one paragraph per
 * line, so lines that reach that width are joined with the next one. A paragraph still ends at a shorter
 * line, a blank line, before an indented line or before a line that opens a 公文 heading, a 附件 or a
 * date. Text that is not hard-wrapped (one line per paragraph, as portals and Notepad write it) has no
 * common line width and is left as it is.
 */

export interface Unwrapped {
  items: TextItem[]
  /** How many line breaks were removed. */
  joined: number
  /** The wrap width found, in half-width columns (a Han character is two). */
  width?: number
}

/** Lines narrower than this never count towards finding a wrap width. */
const MIN_WIDTH = 24
/** A wrapped line may fall short of the width by this much (a character carried over by kinsoku, a Latin word moved down). */
const SLACK = 4
const MIN_WRAPPED_LINES = 4

export function unwrapLines(items: readonly TextItem[]): Unwrapped {
  const width = wrapWidth(items)
  if (width === undefined) return { items: [...items], joined: 0 }
  const out: TextItem[] = []
  let joined = 0
  for (const item of items) {
    const prev = out[out.length - 1]
    if (prev && continues(prev, item, width)) {
      out[out.length - 1] = join(prev, item)
      joined++
    } else out.push(item)
  }
  return { items: out, joined, width }
}

const plain = (item: TextItem) => inlineText(item.inlines)

/**
 * East Asian wide and full-width characters take two columns, as a fixed-width wrapper counts them; so do
 * the quotes, dashes and ellipsis of Chinese text (ambiguous width, set full width in Chinese).
 */
export function displayWidth(line: string): number {
  let w = 0
  for (let i = 0; i < line.length; i++) {
    const code = line.codePointAt(i)!
    if (code > 0xffff) i++
    w += isWide(code) ? 2 : 1
  }
  return w
}

/** Code points a fixed-width wrapper counts as two columns, as inclusive ranges in ascending order. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul jamo
  [0x2014, 0x2015], // —— dashes
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2026, 0x2026], // …
  [0x2e80, 0xa4cf], // CJK radicals … Yi, with CJK punctuation, kana and the unified ideographs
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6], // full-width signs
  [0x20000, 0x3fffd], // ideographs beyond the BMP
]

// Ranges rather than a regular expression per character: import measures every line of megabyte drafts.
function isWide(c: number): boolean {
  if (c < 0x1100) return false
  // Most of a Chinese draft: the ideographs and CJK punctuation, before walking the table.
  if (c >= 0x2e80 && c <= 0xa4cf) return true
  for (const [lo, hi] of WIDE) {
    if (c < lo) return false
    if (c <= hi) return true
  }
  return false
}

/** The width most long lines share, when enough of them share it to be a wrap and not chance. */
function wrapWidth(items: readonly TextItem[]): number | undefined {
  // Parallel arrays rather than an object per line: this measures every line of megabyte drafts.
  const texts: string[] = []
  const widths: number[] = []
  for (let i = 0; i < items.length; i++) {
    const text = plain(items[i]!).trimEnd()
    // A UTF-16 unit is at most two columns: a shorter line is never measured.
    if (text.length * 2 < MIN_WIDTH) continue
    const width = displayWidth(text)
    if (width < MIN_WIDTH) continue
    texts.push(text)
    widths.push(width)
  }
  if (texts.length < MIN_WRAPPED_LINES) return undefined
  const counts = new Map<number, number>()
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1)
  // The wrap width is the widest width shared by several lines; a wide character that does not fit
  // leaves a line one column short, so neighbouring widths count together.
  let best: { width: number; lines: number } | undefined
  for (const w of counts.keys()) {
    const n = (counts.get(w) ?? 0) + (counts.get(w - 1) ?? 0)
    if (n >= MIN_WRAPPED_LINES && (!best || n > best.lines || (n === best.lines && w > best.width))) best = { width: w, lines: n }
  }
  if (!best) return undefined
  const full: string[] = []
  let longer = 0
  for (let i = 0; i < texts.length; i++) {
    if (widths[i]! > best.width) longer++
    else if (widths[i]! >= best.width - SLACK) full.push(texts[i]!)
  }
  // Most long lines end at the wrap and hardly any run past it; the wrapped lines are different lines
  // that mostly stop mid-sentence (one paragraph per line ends in 。！？ and may repeat a line).
  const wrapped =
    full.length >= texts.length / 2 &&
    longer <= texts.length / 20 &&
    new Set(full).size >= MIN_WRAPPED_LINES &&
    full.filter((l) => SENTENCE_END.test(l)).length <= full.length / 3
  return wrapped ? best.width : undefined
}

const SENTENCE_END = /[。！？!?…”’」』）)]$/u

function continues(prev: TextItem, next: TextItem, width: number): boolean {
  // Only the line right below: a blank line ends the paragraph.
  if (!prev.at || !next.at || next.at.line !== last(prev.at).line + 1) return false
  if (displayWidth(lastLine(prev)) < width - SLACK) return false
  const line = plain(next)
  if (/^[\s\u3000]/u.test(line)) return false
  const trimmed = line.trim()
  return !(gongwenLevel(trimmed) || isAttachmentLine(trimmed) || isDateLine(trimmed))
}

/** Where the last source line of a (joined) item starts. */
function last(at: SourcePosition): { line: number; column: number; offset: number } {
  return at.continues?.[at.continues.length - 1] ?? { line: at.line, column: at.column, offset: 0 }
}

function lastLine(item: TextItem): string {
  return plain(item).slice(last(item.at!).offset).trimEnd()
}

function join(prev: TextItem, next: TextItem): TextItem {
  const head = plain(prev).trimEnd()
  const line = plain(next)
  const lead = line.length - line.trimStart().length
  const tail = line.slice(lead)
  // A Latin word or number cut at the wrap gets its space back; Chinese closes up.
  const space = /[\p{L}\p{N}]$/u.test(head) && /^[\p{L}\p{N}]/u.test(tail) && !/\p{Script=Han}$/u.test(head) ? ' ' : ''
  const offset = head.length + space.length
  const at = prev.at!
  return {
    ...prev,
    inlines: [text(head + space + tail)],
    at: { ...at, continues: [...(at.continues ?? []), { offset, line: next.at!.line, column: next.at!.column + lead }] },
  }
}
