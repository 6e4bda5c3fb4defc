import type { Segmented } from './segment'

/**
 * Where a title may break so that no word is cut in two: a title's lines must each keep whole words
 * (GB/T 9704 §7.3.1 「回行时，要做到词意完整」; the same rule every newspaper desk applies to its
 * headlines: 「河川百万亩高标准/农田完成改造」, never 「…高标/准农田…」).
 *
 * Words come from ICU's dictionary segmenter (`Intl.Segmenter`, in Node and Chromium alike). The
 * dictionary leaves characters it cannot join standing alone (「高|标准」, 「图书|馆」), so a boundary
 * beside a one-character word is weak: the strict tier breaks only between words of two characters or
 * more, or beside punctuation and spaces; the loose tier at every word boundary.
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

/**
 * The segmentation with breaks only where a title may break, strict tier first then loose; each tier
 * keeps the line breaker's own rules (a gap it forbids stays forbidden).
 */
export function titleBreakTiers(seg: Segmented): Segmented[] {
  const marks = boundaries(seg.atoms.map((a) => a.text).join(''))
  const offsets: number[] = []
  let at = 0
  for (const a of seg.atoms) offsets.push((at += a.text.length))
  const tier = (strict: boolean): Segmented => ({
    ...seg,
    gaps: seg.gaps.map((g, k) => {
      const mark = marks.get(offsets[k]!)
      return g.breakable && (mark === undefined || (strict && !mark)) ? { ...g, breakable: false } : g
    }),
  })
  return [tier(true), tier(false)]
}
