import type { Block, HeadingBlock, ParagraphBlock } from '../model/article'
import { inlineText } from '../model/text'
import type { ResolvedStyle } from './preset'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { plainSpans, spansOf, textSlabs } from './text-slabs'

/**
 * A 公文 heading (一、（一）1.（1）, GB/T 9704 §7.3.3) with the number `label` gives it, in its level's
 * face. A run-in heading (「（一）总体要求。坚持…」) opens the paragraph after it, which it takes in:
 * `consumed` says how many blocks the piece was set from.
 */
export function composeGongwenHeading(
  b: HeadingBlock,
  label: string,
  next: Block | undefined,
  bodyStyle: (b: ParagraphBlock) => ResolvedStyle,
  ctx: ComposeContext,
): { piece: Omit<Piece, 'block'>; consumed: number } {
  const style = ctx.preset.styles[`heading${b.level}`]
  const heading = [...plainSpans(label, style), ...spansOf(b.children, style)]
  const bookmark = { title: label + inlineText(b.children), level: b.level }
  const space = { before: style.spaceBefore, after: style.spaceAfter }
  if (b.runIn && next?.type === 'paragraph') {
    const body = bodyStyle(next)
    return { piece: { slabs: textSlabs(ctx, [...heading, ...spansOf(next.children, body)], body, 'body', { bookmark }), ...space }, consumed: 2 }
  }
  return { piece: { slabs: textSlabs(ctx, heading, style, 'heading', { bookmark }), ...space, heading: true }, consumed: 1 }
}
