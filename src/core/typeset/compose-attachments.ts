import type { ParagraphBlock } from '../model/article'
import { inlineText } from '../model/text'
import { advanceTo, hanging, splitSpans } from './hanging-text'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { spansOf } from './text-slabs'

/**
 * 附件说明 (GB/T 9704 §7.3.4), the consecutive attachment paragraphs: 「附件：1.名称」 after a blank
 * line; the next attachments' numbers stand under the first one's, with no space between; a long name
 * continues under its own first character.
 */
export function composeAttachments(group: readonly ParagraphBlock[], ctx: ComposeContext): Omit<Piece, 'block'>[] {
  const style = ctx.preset.styles.attachment
  let numberAt = style.indent
  return group.map((b, k) => {
    const text = inlineText(b.children)
    const label = k === 0 ? (text.match(/^附件[：:]\s*/u)?.[0].length ?? 0) : 0
    const number = text.slice(label).match(/^\d{1,2}[.．、](?!\d)/u)?.[0].length ?? 0
    const spans = spansOf(b.children, style)
    const start = k === 0 ? style.indent : numberAt
    if (k === 0) numberAt = start + advanceTo(ctx, spans, label)
    const [marker, name] = splitSpans(spans, label + number)
    return {
      slabs: hanging(ctx, marker, name, style, start, start + advanceTo(ctx, spans, label + number)),
      before: k === 0 ? style.spaceBefore : 0,
      after: k === group.length - 1 ? style.spaceAfter : 0,
    }
  })
}
