import type { ParagraphBlock } from '../model/article'
import { imprintParts } from '../model/gongwen'
import { inlineText } from '../model/text'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { plainSpans, textSlabs } from './text-slabs'

/** 印发机关和印发日期 (GB/T 9704 §8.2): the issuer 左空一字 and the date 右空一字, on one line (the imprint style's insets). */
export function composeImprint(b: ParagraphBlock, ctx: ComposeContext): Omit<Piece, 'block'> {
  const style = ctx.preset.styles.imprint
  const { issuer, date } = imprintParts(inlineText(b.children))
  const side = (text: string, align: 'left' | 'right') => textSlabs(ctx, plainSpans(text, style), { ...style, align }, 'body')
  const left = side(issuer, 'left')
  const right = date ? side(date, 'right') : []
  const piece = { before: style.spaceBefore, after: style.spaceAfter }
  // Too long for one line together: the date goes on the line after the issuer.
  const [l, r] = [left[0]?.lines[0], right[0]?.lines[0]]
  if (left.length !== 1 || right.length !== 1 || !l || !r || l.start + l.width > r.start) return { ...piece, slabs: [...left, ...right] }
  return { ...piece, slabs: [{ ...left[0]!, lines: [...left[0]!.lines, ...right[0]!.lines], items: [...left[0]!.items, ...right[0]!.items] }] }
}
