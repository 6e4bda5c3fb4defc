import type { ParagraphBlock } from '../model/article'
import { shiftItem, shiftLine } from './slab'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { spansOf, textSlabs } from './text-slabs'

/**
 * 落款, the consecutive signoff paragraphs: the last line (成文日期) is set by the signoff style (公文:
 * 右空四字), the lines above it (发文机关署名) centred over it (GB/T 9704 §7.3.5.1).
 */
export function composeSignoff(group: readonly ParagraphBlock[], ctx: ComposeContext): Omit<Piece, 'block'>[] {
  const style = ctx.preset.styles.signoff
  const column = ctx.measure
  const last = textSlabs(ctx, spansOf(group[group.length - 1]!.children, style), style, 'body')
  const date = last[last.length - 1]?.lines[0]
  const centre = date ? date.start + date.width / 2 : column / 2
  const above = group.slice(0, -1).map((b, k): Omit<Piece, 'block'> => {
    const flush = { ...style, align: 'left' as const, indent: 0, insetLeft: 0, insetRight: 0 }
    const slabs = textSlabs(ctx, spansOf(b.children, style), flush, 'body').map((slab) => {
      const line = slab.lines[0]!
      const dx = Math.max(-line.start, Math.min(column - line.start - line.width, centre - (line.start + line.width / 2)))
      return { ...slab, lines: slab.lines.map((l) => shiftLine(l, dx, 0)), items: slab.items.map((i) => shiftItem(i, dx, 0)) }
    })
    return { slabs, before: k === 0 ? style.spaceBefore : 0, after: 0 }
  })
  return [...above, { slabs: last, before: group.length > 1 ? 0 : style.spaceBefore, after: style.spaceAfter }]
}
