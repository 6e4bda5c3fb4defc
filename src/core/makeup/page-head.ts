import type { PageDocument, PageSpec } from '../page/page'
import type { ResolvedPagePreset } from '../page/page-preset'
import { gregorianDate, lunarDate } from '../page/issue-date'
import type { FontSource } from '../typeset/font-metrics'
import type { Line, PageItem } from '../typeset/frame'
import type { ResolvedFurniture } from '../typeset/preset'
import type { FurnitureText } from '../typeset/page-furniture'
import { furnitureLine } from '../typeset/page-furniture'
import { textOptionsOf } from '../typeset/text-slabs'
import { reservedRows } from './grid'

/**
 * The top of a page. Inside pages get a 版头: the 版名 large in the middle, the date and the paper's
 * name on the left, 第N版 and the editors (责任编辑, 美术编辑) on the right. The front page gets the 报头:
 * the paper's name as large as the band allows on the left, and beside it the 刊号, 期号, the date in the
 * Gregorian and lunar calendars, 版次 and 版名, and the editors. Both end in a 文武线 (a thick rule over a
 * thin one) across the type area.
 */

export interface PageHead {
  lines: Line[]
  items: PageItem[]
}

export function composePageHead(doc: PageDocument, page: PageSpec, preset: ResolvedPagePreset, fonts: FontSource): PageHead {
  const { left, top, width, pitch, columnWidth, gap } = preset.grid
  const options = textOptionsOf(preset.articles[0]!)
  const height = reservedRows(preset, page) * pitch
  const ruleY = top + height - pitch / 2
  const items: PageItem[] = [
    { kind: 'rule', x1: left, y1: ruleY - 2, x2: left + width, y2: ruleY - 2, width: 1.6, color: preset.rule.color },
    { kind: 'rule', x1: left, y1: ruleY + 0.6, x2: left + width, y2: ruleY + 0.6, width: 0.4, color: preset.rule.color },
  ]
  const middle = (top + ruleY - 2) / 2
  /** A line of `style` whose em box is centred on `y`, in the band from `x` `across` wide. */
  const line = (text: string, style: ResolvedFurniture, x: number, across: number, y: number, align: 'left' | 'center' | 'right'): Line => {
    const f: FurnitureText = { text, ...style }
    const ascent = fonts.face(style.font).ascent
    return furnitureLine(f, { left: x, top, width: across, height }, align, 0, y + (ascent - 0.5) * style.size, fonts, options)
  }
  /** Lines of small print centred as a block on `y`. */
  const block = (texts: readonly string[], style: ResolvedFurniture, x: number, across: number, y: number, align: 'left' | 'right') =>
    texts.map((t, i) => line(t, style, x, across, y + (i - (texts.length - 1) / 2) * pitch, align))
  const editors = [page.editor && `责任编辑：${page.editor}`, page.designer && `美术编辑：${page.designer}`].filter(Boolean).join('\u3000')
  const date = gregorianDate(doc.date)

  if (!page.masthead) {
    const { name, info } = preset.header
    return {
      items,
      lines: [
        line(page.name, name, left, width, middle, 'center'),
        ...block([date, doc.paper.name], info, left, width, middle, 'left'),
        ...block([`第${page.number}版`, editors].filter(Boolean), info, left, width, middle, 'right'),
      ],
    }
  }

  const { paper, info } = preset.masthead
  const infoWidth = 2 * columnWidth + gap
  const infoLeft = left + width - infoWidth
  // The name as large as its style allows and the band leaves room for (CJK characters are an em wide).
  const chars = [...doc.paper.name].length
  const size = Math.min(paper.size, (infoLeft - gap - left) / chars, (ruleY - top - pitch) / 1.1)
  const infoLines = [
    doc.paper.serial && `国内统一连续出版物号 ${doc.paper.serial}`,
    doc.paper.issue && `总第${doc.paper.issue}期`,
    date,
    lunarDate(doc.date),
    `第${page.number}版\u3000${page.name}`,
    editors,
  ].filter((t): t is string => !!t)
  items.push({ kind: 'rule', x1: infoLeft - gap / 2, y1: top + pitch / 2, x2: infoLeft - gap / 2, y2: ruleY - pitch / 2, width: preset.rule.width, color: preset.rule.color })
  return {
    items,
    lines: [line(doc.paper.name, { ...paper, size }, left, infoLeft - gap - left, middle, 'left'), ...block(infoLines, info, infoLeft, infoWidth, middle, 'left')],
  }
}
