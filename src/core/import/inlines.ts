import type { Inline } from '../model/article'
import { inlineText } from '../model/text'
import { isSpaceCode } from '../text/char-class'

/** Cutting and trimming runs of marked text, for splitting a source line into several blocks. */

export function sliceInlines(inlines: readonly Inline[], start: number, end = Infinity): Inline[] {
  const out: Inline[] = []
  let pos = 0
  for (const run of inlines) {
    const from = Math.max(start - pos, 0)
    const to = Math.min(end - pos, run.text.length)
    if (to > from) out.push({ ...run, text: run.text.slice(from, to) })
    pos += run.text.length
  }
  return out
}

/** Leading and trailing whitespace lengths of a line's text (ASCII, NBSP, U+3000 and the other Unicode spaces). */
export function trimBounds(value: string): { start: number; end: number } {
  let start = 0
  let end = value.length
  while (start < end && isSpaceCode(value.charCodeAt(start))) start++
  while (end > start && isSpaceCode(value.charCodeAt(end - 1))) end--
  return { start, end }
}

/** Heading and title text carries no marks: the template decides weight and style. */
export function plainText(inlines: readonly Inline[]): string {
  const value = inlineText(inlines)
  const { start, end } = trimBounds(value)
  return value.slice(start, end)
}

const sameMarks = (a: Inline, b: Inline) =>
  !!a.bold === !!b.bold &&
  !!a.italic === !!b.italic &&
  !!a.underline === !!b.underline &&
  !!a.emphasis === !!b.emphasis

/** Joins neighbouring runs with the same marks and drops empty ones. */
export function mergeRuns(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = []
  for (const run of inlines) {
    if (!run.text) continue
    const last = out.at(-1)
    if (last && sameMarks(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text }
    else out.push({ ...run })
  }
  return out
}
