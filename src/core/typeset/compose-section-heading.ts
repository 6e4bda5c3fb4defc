import type { SectionHeadingBlock } from '../model/article'
import type { SectionHeadingTemplate } from '../styles/templates'
import { sectionHeadingLines } from '../styles/section-heading-lines'
import { faceId } from './font-metrics'
import type { Line, PageItem } from './frame'
import type { ResolvedStyle } from './preset'
import type { Slab } from './slab'
import type { Piece } from './stack-pieces'
import type { ComposeContext } from './text-slabs'
import { plainSpans, textSlabs } from './text-slabs'

/**
 * A section heading (插题/分题) drawn by its template through `sectionHeadingLines()`: the same lines,
 * numbers and brackets as the editor and the portal, with rule and band decorations given the
 * editor's padding. Its lines are kept together.
 */
export function composeSectionHeading(b: SectionHeadingBlock, template: SectionHeadingTemplate, ordinal: number, ctx: ComposeContext): Omit<Piece, 'block'> {
  const { preset, fonts } = ctx
  const body = preset.body.size
  const d = template.decoration
  const slabs: Slab[] = []
  const shown = sectionHeadingLines(b, template, ordinal).map((display) => ({ ...display, full: display.prefix + display.text + display.suffix }))
  for (const display of shown) {
    const s = template[display.role]
    const size = s.size * body
    const band = d.kind === 'band' && display.role === 'main'
    const style: ResolvedStyle = {
      font: s.font,
      size,
      bold: s.bold,
      color: s.color,
      pitch: size * preset.sectionHeadingLeading,
      align: template.align === 'center' ? 'center' : 'left',
      indent: 0,
      // The same room the editor's CSS gives: 0.6 em padding beside a rule or inside a band.
      insetLeft: d.kind === 'left-rule' ? (d.width + 0.6) * body : band && template.align === 'left' ? 0.6 * size : 0,
      insetRight: 0,
      spaceBefore: 0,
      spaceAfter: 0,
    }
    const decorate = (line: Line, height: number): PageItem[] => {
      if (d.kind === 'left-rule') return [{ kind: 'rule', x1: (d.width * body) / 2, y1: 0, x2: (d.width * body) / 2, y2: height, width: d.width * body, color: d.color }]
      if (band) {
        const ascent = fonts.face(faceId(s.font, s.bold)).ascent
        return [{ kind: 'box', x: line.start - 0.6 * size, y: line.baseline - ascent * size - 0.15 * size, width: line.width + 1.2 * size, height: 1.3 * size, color: d.color }]
      }
      return []
    }
    // A centred line too long for the measure breaks like a title: lines of even length, words whole.
    slabs.push(...textSlabs(ctx, plainSpans(display.full, style), style, 'heading', { decorate, balance: style.align === 'center' }))
  }
  slabs.forEach((slab, k) => (slab.breakBefore = k === 0))
  if (slabs[0]) slabs[0] = { ...slabs[0], bookmark: { title: shown.map((l) => l.full).join('\u3000'), level: 1 } }
  // On a grid of cells (GB/T 9704 §5.2.2) every row holds text: a 公文 leaves no blank rows around headings.
  const space = preset.gridCells ? 0 : body
  return { slabs, before: template.spaceBefore * space, after: template.spaceAfter * space, heading: true }
}
