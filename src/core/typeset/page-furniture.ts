import type { FontSource } from './font-metrics'
import { faceId } from './font-metrics'
import type { Line, Page, PageItem } from './frame'
import type { ResolvedPreset } from './preset'
import type { PaginatedPage, Rect } from './paginate'
import type { TextOptions } from './compose-paragraph'
import { composeParagraph } from './compose-paragraph'
import { drawLine } from './line-runs'

/**
 * Running heads and page numbers. GB/T 9704 §7.5: 「— 1 —」 in 4号 half-width digits, its top 7 mm
 * below the type area, one character in from the outer edge (right on odd pages, left on even).
 */

export interface FurnitureText {
  text: string
  font: ResolvedPreset['body']['font']
  size: number
  color: string
}

/** One line of furniture text in `area`, aligned and inset as given, on `baseline`. */
export function furnitureLine(f: FurnitureText, area: Rect, align: 'left' | 'center' | 'right', inset: number, baseline: number, fonts: FontSource, options: TextOptions): Line {
  const spans = [{ text: f.text, style: { face: faceId(f.font, false), size: f.size, color: f.color } }]
  const measure = area.width - inset
  const left = area.left + (align === 'left' ? inset : 0)
  const c = composeParagraph(spans, { measure, indent: 0, align }, fonts, options).lines[0]!
  const drawn = drawLine(c.set, left + c.offset, baseline, fonts)
  return { role: 'furniture', x: left, baseline, measure, start: left + c.offset, width: c.set.width, justified: false, last: true, text: c.text, runs: drawn.runs }
}

/** The head's text cut to one line, ending in …… when it had to be shortened. */
function fitOneLine(f: FurnitureText, width: number, fonts: FontSource, options: TextOptions): string {
  const lines = (text: string) => composeParagraph([{ text, style: { face: faceId(f.font, false), size: f.size, color: f.color } }], { measure: width, indent: 0, align: 'center' }, fonts, options).lines
  const first = lines(f.text)
  if (first.length <= 1) return f.text
  let text = first[0]!.text
  while (text.length > 1 && lines(text + '……').length > 1) text = text.slice(0, -1)
  return text + '……'
}

export function furnishPages(
  pages: readonly PaginatedPage[],
  areaOf: (page: number) => Rect,
  preset: ResolvedPreset,
  headText: string | undefined,
  fonts: FontSource,
  options: TextOptions,
): Page[] {
  const head = preset.runningHead
  const number = preset.pageNumber
  const headLine = head && headText ? fitOneLine({ ...head, text: headText }, preset.area.width, fonts, options) : undefined
  return pages.map((page, p): Page => {
    const area = areaOf(p)
    const lines = [...page.lines]
    const items: PageItem[] = [...page.items]
    const label = String(p + 1)
    if (number) {
      const text = number.format.replace('{n}', label)
      const odd = p % 2 === 0
      const align = number.position === 'center' ? 'center' : odd ? 'right' : 'left'
      const ascent = fonts.face(faceId(number.font, false)).ascent
      const baseline = area.top + area.height + number.offset + ascent * number.size
      lines.push(furnitureLine({ ...number, text }, area, align, number.inset * number.size, baseline, fonts, options))
    }
    // The first page carries the title; a running head from the second page on.
    if (head && headLine && p > 0) {
      const baseline = area.top - head.offset
      lines.push(furnitureLine({ ...head, text: headLine }, area, 'center', 0, baseline, fonts, options))
      if (head.rule) {
        const y = baseline + head.size * 0.45
        items.push({ kind: 'rule', x1: area.left, y1: y, x2: area.left + area.width, y2: y, width: 0.5, color: head.color })
      }
    }
    return { label, lines, items }
  })
}
