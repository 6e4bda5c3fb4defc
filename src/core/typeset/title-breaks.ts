import type { Segmented } from './segment'

/**
 * Where a title may break so that no word is cut in two: a title's lines must each keep whole words
 * (GB/T 9704 §7.3.1 「回行时，要做到词意完整」; the same rule every newspaper desk applies to its
 * headlines: 「河川百万亩高标准/农田完成改造」, never 「…高标/准农田…」), and a book or document title in
 * 《》 stays on one line (「关于印发/《…办法》的通知」, never 「《…白皮/书》」).
 *
 * Words come from ICU's dictionary segmenter (`Intl.Segmenter`, in Node and Chromium alike). The
 * dictionary leaves characters it cannot join standing alone (「高|标准」, 「图书|馆」), so a boundary
 * beside a one-character word is weak: the strict tier breaks only between words of two characters or
 * more, or beside punctuation and spaces; the loose tier at every word boundary; a last tier lets a
 * 《》 longer than the line break inside it, still between words. A number or a URL is one atom, so no
 * tier breaks inside it (compose-paragraph also refuses the line breaker's own cuts of Latin runs).
 */

let segmenter: Intl.Segmenter | undefined

/** Word boundaries of `text` (UTF-16 offsets) and whether each one is strong. */
function boundaries(text: string): Map<number, boolean> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  const words = [...segmenter.segment(text)]
  const solid = (w: Intl.SegmentData | undefined) => !w || !w.isWordLike || [...w.segment].length > 1
  const marks = new Map<number, boolean>()
  for (let i = 1; i < words.length; i++) marks.set(words[i]!.index, solid(words[i - 1]) && solid(words[i]))
  return marks
}

/** After each atom, whether it lies inside 《》 (or a 〈〉 nested in one). */
function insideBookTitle(seg: Segmented): boolean[] {
  let depth = 0
  return seg.atoms.map((a) => {
    for (const ch of a.text) depth = Math.max(0, depth + (ch === '《' || ch === '〈' ? 1 : ch === '》' || ch === '〉' ? -1 : 0))
    return depth > 0
  })
}

/**
 * The segmentation with breaks only where a title may break, best tier first; each tier keeps the line
 * breaker's own rules (a gap it forbids stays forbidden).
 */
export function titleBreakTiers(seg: Segmented): Segmented[] {
  const marks = boundaries(seg.atoms.map((a) => a.text).join(''))
  const inside = insideBookTitle(seg)
  const offsets: number[] = []
  let at = 0
  for (const a of seg.atoms) offsets.push((at += a.text.length))
  const tier = (strict: boolean, inBookTitle: boolean): Segmented => ({
    ...seg,
    gaps: seg.gaps.map((g, k) => {
      const mark = marks.get(offsets[k]!)
      const allowed = mark !== undefined && (mark || !strict) && (inBookTitle || !inside[k])
      return g.breakable && !allowed ? { ...g, breakable: false } : g
    }),
  })
  return [tier(true, false), tier(false, false), tier(false, true)]
}
