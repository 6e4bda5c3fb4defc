import type { ParagraphBlock } from '../model/article'
import { ccParts } from '../model/gongwen'
import { inlineText } from '../model/text'
import { advanceTo, hanging, splitSpans } from './hanging-text'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { spansOf } from './text-slabs'

/** 抄送机关 (GB/T 9704 §8.1): 左右各空一字 (the cc style), the lines after the first under the first organisation. */
export function composeCc(b: ParagraphBlock, ctx: ComposeContext): Omit<Piece, 'block'> {
  const style = ctx.preset.styles.cc
  const spans = spansOf(b.children, style)
  const label = ccParts(inlineText(b.children)).label.length
  const [marker, names] = splitSpans(spans, label)
  return { slabs: hanging(ctx, marker, names, style, 0, advanceTo(ctx, spans, label)), before: style.spaceBefore, after: style.spaceAfter }
}
