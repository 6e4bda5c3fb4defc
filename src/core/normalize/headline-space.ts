import type { TextEdit } from './edit'

/**
 * Headlines use a full-width space (U+3000) as the pause between their parts, never an ASCII space
 * (research/portal.md §3: 「抓党建 决战决胜脱贫攻坚」 → 「抓党建\u3000决战决胜脱贫攻坚」).
 * Only spaces with non-ASCII text on both sides change, so 「G20 峰会」 style mixed runs stay.
 * `charAt` lets the normaliser judge the neighbours as they will be after its other conversions.
 */
export function headlineSpaceEdits(
  text: string,
  charAt: (i: number) => string | undefined = (i) => text[i],
): TextEdit[] {
  const edits: TextEdit[] = []
  for (const m of text.matchAll(/[ \t\u00a0]+/gu)) {
    const i = m.index!
    const before = charAt(i - 1)
    const after = charAt(i + m[0].length)
    if (
      before &&
      after &&
      before.charCodeAt(0) > 0x7f &&
      after.charCodeAt(0) > 0x7f &&
      !/\s/u.test(before + after)
    )
      edits.push({ offset: i, before: m[0], after: '\u3000', rule: 'headline-space' })
  }
  return edits
}

export function headlineSpaces(text: string): string {
  let out = text
  for (const e of headlineSpaceEdits(text).reverse())
    out = out.slice(0, e.offset) + e.after + out.slice(e.offset + e.before.length)
  return out
}
