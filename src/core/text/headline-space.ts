/**
 * Headlines use a full-width space (U+3000) as the pause between their parts, never an ASCII space
 * (research/portal.md §3: 「抓党建 决战决胜脱贫攻坚」 → 「抓党建\u3000决战决胜脱贫攻坚」).
 * Only spaces with non-ASCII text on both sides count, so 「G20 峰会」 style mixed runs stay.
 * `charAt` lets the normaliser judge the neighbours as they will be after its other conversions.
 */
export function headlineSpaceRuns(
  text: string,
  charAt: (i: number) => string | undefined = (i) => text[i],
): { offset: number; space: string }[] {
  const runs: { offset: number; space: string }[] = []
  for (const m of text.matchAll(/[ \t\u00a0]+/gu)) {
    const i = m.index!
    const before = charAt(i - 1)
    const after = charAt(i + m[0].length)
    if (before && after && before.charCodeAt(0) > 0x7f && after.charCodeAt(0) > 0x7f && !/\s/u.test(before + after))
      runs.push({ offset: i, space: m[0] })
  }
  return runs
}

export function headlineSpaces(text: string): string {
  let out = text
  for (const r of headlineSpaceRuns(text).reverse())
    out = out.slice(0, r.offset) + '\u3000' + out.slice(r.offset + r.space.length)
  return out
}
