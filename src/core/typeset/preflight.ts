import { cropWindow } from '../model/image-frame'
import type { ImageItem, Layout, Line } from './frame'

/**
 * Preflight: what a printing house's check would stop a job for, found before export from the Layout
 * and facts the node side gathers (which fonts were found, each image's pixels and colour). Pure, so the
 * CLI and the export dialog show the same report.
 */

export interface ImageFacts {
  /** The file name, for people. */
  name: string
  width: number
  height: number
  colour?: 'gray' | 'rgb' | 'cmyk'
}

export interface FontFacts {
  /** The face as people call it (小标宋、仿宋（粗）). */
  face: string
  /** The installed font the preset asks for, not found on this computer. */
  wanted: string
  /** What prints the face instead. */
  used: string
}

export interface PreflightFacts {
  /** Faces whose preferred font is missing. */
  fonts: readonly FontFacts[]
  /** By asset id. */
  images: Readonly<Record<string, ImageFacts>>
}

export type PreflightKind = 'font' | 'layout' | 'rgb-image' | 'resolution' | 'outside-trim' | 'outside-column' | 'overset'

export interface PreflightItem {
  /** error: the print will be wrong (cut text, a box for a character); warning: worth a look. */
  level: 'error' | 'warning'
  kind: PreflightKind
  /** For people, in Chinese. */
  message: string
}

/** Images print sharp from 250 pixels per inch at their printed size (a newspaper's usual minimum). */
export const MIN_PPI = 250
const EPS = 0.5
const MM = 72 / 25.4

const mm = (pt: number) => `${(pt / MM).toFixed(1)} mm`
const excerpt = (line: Line) => (line.text.length > 12 ? `${line.text.slice(0, 12)}…` : line.text)

/** The line's box: from its first glyph to its end, the ideographic em box of its largest size. */
function lineBox(line: Line) {
  const size = Math.max(...line.runs.map((r) => r.size))
  const left = Math.min(line.start, ...line.runs.map((r) => r.x))
  return { left, right: line.start + line.width, top: line.baseline - 0.88 * size, bottom: line.baseline + 0.12 * size, size }
}

function textItems(layout: Layout): PreflightItem[] {
  const { width, height } = layout.geometry
  const items: PreflightItem[] = []
  layout.pages.forEach((page, p) => {
    for (const line of page.lines) {
      if (!line.runs.length) continue
      const box = lineBox(line)
      const beyond = Math.max(-box.left, box.right - width, -box.top, box.bottom - height)
      if (beyond > EPS) items.push({ level: 'error', kind: 'outside-trim', message: `第 ${p + 1} 页「${excerpt(line)}」超出裁切线 ${mm(beyond)}，印出来会被裁掉。` })
      // A mark may hang ½ em past the measure (clreq 行末点号悬挂); anything wider runs into the next column.
      const over = line.width - line.measure - (line.overhang !== undefined ? box.size / 2 : 0)
      if (line.structure && over > EPS)
        items.push({ level: 'error', kind: 'outside-column', message: `第 ${p + 1} 页「${excerpt(line)}」比栏宽多出 ${mm(over)}，会压到旁边的栏或页边。` })
    }
  })
  return items
}

function imageItems(layout: Layout, images: PreflightFacts['images']): PreflightItem[] {
  const items: PreflightItem[] = []
  const placed = new Map<string, ImageItem>()
  for (const page of layout.pages) for (const item of page.items) if (item.kind === 'image' && !placed.has(item.asset)) placed.set(item.asset, item)
  for (const [asset, item] of placed) {
    const facts = images[asset]
    if (!facts) continue
    // A crop prints fewer of the original's pixels over the same width.
    const pixels = Math.round(facts.width * cropWindow(item.crop).width)
    const ppi = Math.round(pixels / (item.width / 72))
    if (ppi < MIN_PPI)
      items.push({ level: 'warning', kind: 'resolution', message: `图片「${facts.name}」印出来只有 ${ppi} dpi（宽 ${mm(item.width)}，${pixels} 像素），低于 ${MIN_PPI} dpi，会发虚。` })
    if (layout.geometry.printCondition && facts.colour === 'rgb')
      items.push({ level: 'warning', kind: 'rgb-image', message: `图片「${facts.name}」是 RGB 图片：导出时按 ${layout.geometry.printCondition} 的特性文件转换为 CMYK，颜色请在打样稿上确认。` })
  }
  return items
}

export function preflight(layout: Layout, facts: PreflightFacts): PreflightItem[] {
  const fonts = facts.fonts.map((f): PreflightItem => ({ level: 'warning', kind: 'font', message: `版式要求的字体「${f.wanted}」没有安装：${f.face}用 ${f.used} 代替。` }))
  // The layout's own notes: characters no font has, images it could not place, content taller than a page,
  // a newspaper page's stories with lines their frames cannot hold (排不下).
  const overset = (w: string) => /超出版心|排不下/u.test(w)
  const notes = layout.warnings.map((w): PreflightItem => ({ level: /空框/u.test(w) || overset(w) ? 'error' : 'warning', kind: overset(w) ? 'overset' : 'layout', message: w }))
  return [...fonts, ...notes, ...textItems(layout), ...imageItems(layout, facts.images)]
}
