import type { ParagraphBlock } from '../model/article'
import type { ResolvedStyle } from './preset'
import type { Slab } from './slab'
import { shiftItem, shiftLine } from './slab'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { spansOf, textSlabs } from './text-slabs'

/**
 * 落款, the consecutive signoff paragraphs: 发文机关署名 lines, then 成文日期 last. The preset chooses
 * the layout (GB/T 9704 §7.3.5): sealed, or unsealed.
 */
export function composeSignoff(group: readonly ParagraphBlock[], ctx: ComposeContext): Omit<Piece, 'block'>[] {
  return ctx.preset.signoff === 'unsealed' ? unsealed(group, ctx) : sealed(group, ctx)
}

/** Moves a slab's lines and items `dx` to the right. */
function shifted(slab: Slab, dx: number): Slab {
  return { ...slab, lines: slab.lines.map((l) => shiftLine(l, dx, 0)), items: slab.items.map((i) => shiftItem(i, dx, 0)) }
}

/** A paragraph set on one line from the column's left edge, whatever the style's alignment. */
function flushLeft(ctx: ComposeContext, b: ParagraphBlock, style: ResolvedStyle): Slab[] {
  return textSlabs(ctx, spansOf(b.children, style), { ...style, align: 'left', indent: 0, insetLeft: 0, insetRight: 0 }, 'body')
}

/**
 * §7.3.5.1 (加盖印章): the date set by the signoff style (公文: 右空四字), the names centred over it, so
 * the seal, pressed on both, sits over their middle.
 */
function sealed(group: readonly ParagraphBlock[], ctx: ComposeContext): Omit<Piece, 'block'>[] {
  const style = ctx.preset.styles.signoff
  const column = ctx.measure
  const last = textSlabs(ctx, spansOf(group[group.length - 1]!.children, style), style, 'body')
  const date = last[last.length - 1]?.lines[0]
  const centre = date ? date.start + date.width / 2 : column / 2
  const above = group.slice(0, -1).map((b, k): Omit<Piece, 'block'> => {
    const slabs = flushLeft(ctx, b, style).map((slab) => {
      const line = slab.lines[0]!
      return shifted(slab, Math.max(-line.start, Math.min(column - line.start - line.width, centre - (line.start + line.width / 2))))
    })
    return { slabs, before: k === 0 ? style.spaceBefore : 0, after: 0 }
  })
  return [...above, { slabs: last, before: group.length > 1 ? 0 : style.spaceBefore, after: style.spaceAfter }]
}

/**
 * §7.3.5.2 (不加盖印章): a blank line below the text, the names 右空二字, the date on the next line with its
 * first character two characters right of the names'; a date longer than that allows is set 右空二字 and
 * the names move left with it. Several names (联合行文) stand one under the other, first characters aligned.
 */
function unsealed(group: readonly ParagraphBlock[], ctx: ComposeContext): Omit<Piece, 'block'>[] {
  const style = ctx.preset.styles.signoff
  const column = ctx.measure
  // Two characters: two cells on a 公文 grid.
  const two = 2 * (ctx.preset.body.size + ctx.preset.gridTracking)
  const names = group.slice(0, -1).map((b) => flushLeft(ctx, b, style))
  const date = flushLeft(ctx, group[group.length - 1]!, style)
  const widest = (slabs: Slab[][]) => Math.max(0, ...slabs.flat().map((s) => s.lines[0]?.width ?? 0))
  let namesAt = column - two - widest(names)
  const dateAt = Math.min(names.length ? namesAt + two : Infinity, column - two - widest([date]))
  if (names.length && dateAt < namesAt + two) namesAt = dateAt - two
  const placed = (slabs: Slab[], at: number) => slabs.map((s) => shifted(s, at - (s.lines[0]?.start ?? 0)))
  // A blank line: on a grid a whole row (GB/T 9704 §7.3.5.2 下空一行).
  const blank = ctx.preset.gridPitch ?? ctx.preset.body.pitch
  return [
    ...names.map((slabs, k): Omit<Piece, 'block'> => ({ slabs: placed(slabs, namesAt), before: k === 0 ? blank : 0, after: 0 })),
    { slabs: placed(date, dateAt), before: names.length ? 0 : blank, after: style.spaceAfter },
  ]
}
