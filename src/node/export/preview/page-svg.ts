import type { Font } from 'fontkit'
import { cropWindow } from '../../../core/model/image-frame'
import type { Page, PageGeometry, PageItem, TextRun } from '../../../core/typeset/frame'
import type { FontRegistry } from '../../fonts/font-registry'

/**
 * A typeset page as SVG with every glyph drawn from its outline: the print preview shows the very glyphs,
 * positions and fonts the PDF writer draws from the same Layout, whatever fonts the screen has.
 */

export interface PreviewImage {
  mime: string
  bytes: Uint8Array
}

const fmt = (n: number) => (Math.round(n * 100) / 100).toString()
const ORIGINAL_UNITS = 10000

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** Glyph outlines in font units, shared by every page of a process (the path of a glyph never changes). */
const outlines = new WeakMap<Font, Map<number, string>>()

/**
 * `text` is what the glyph draws: its object is made with those code points, as fontkit's
 * `glyphForCodePoint` makes it (layout takes glyph ids from the cmap without making objects, and fontkit
 * keeps the first object made for an id and shapes with its code points).
 */
function outline(font: Font, glyphId: number, text: string): string {
  let byGlyph = outlines.get(font)
  if (!byGlyph) outlines.set(font, (byGlyph = new Map()))
  let d = byGlyph.get(glyphId)
  if (d === undefined) {
    d = font.getGlyph(glyphId, Array.from(text, (ch) => ch.codePointAt(0)!)).path.toSVG()
    byGlyph.set(glyphId, d)
  }
  return d
}

class SvgPage {
  private defs = new Map<string, string>()
  private body: string[] = []

  constructor(private readonly fonts: FontRegistry) {}

  run(run: TextRun): void {
    const { font } = this.fonts.loaded(run.face)
    const scale = run.size / font.unitsPerEm
    const uses: string[] = []
    // A vertical run's pen moves down the line; any other's along it.
    let pen = run.vertical ? run.y : run.x
    for (const glyph of run.glyphs) {
      const id = `${run.face}-${glyph.id}`
      if (!this.defs.has(id)) this.defs.set(id, `<path id="${id}" d="${outline(font, glyph.id, run.text.slice(glyph.start, glyph.end))}"/>`)
      const [x, y] = run.vertical ? [run.x, pen] : [pen, run.y]
      uses.push(`<use href="#${id}" transform="translate(${fmt(x + glyph.dx * run.size)} ${fmt(y - glyph.dy * run.size)}) scale(${scale.toPrecision(6)} ${(-scale).toPrecision(6)})"/>`)
      pen += glyph.advance * run.size + run.tracking
    }
    const stroke = run.stroke ? ` stroke="${run.color}" stroke-width="${fmt(run.stroke / scale)}"` : ''
    const turn = run.rotate
      ? ` transform="rotate(${run.rotate} ${fmt(run.x)} ${fmt(run.y)})"`
      : run.oblique
        ? ` transform="translate(${fmt(run.x)} ${fmt(run.y)}) skewX(-${run.oblique}) translate(${fmt(-run.x)} ${fmt(-run.y)})"`
        : ''
    this.body.push(`<g fill="${run.color}"${stroke}${turn}>${uses.join('')}</g>`)
  }

  item(item: PageItem, images: Readonly<Record<string, PreviewImage>>): void {
    switch (item.kind) {
      case 'rule':
        this.body.push(`<line x1="${fmt(item.x1)}" y1="${fmt(item.y1)}" x2="${fmt(item.x2)}" y2="${fmt(item.y2)}" stroke="${item.color}" stroke-width="${fmt(item.width)}"/>`)
        return
      case 'box':
        this.body.push(`<rect x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(item.width)}" height="${fmt(item.height)}" fill="${item.color}"/>`)
        return
      case 'dot':
        this.body.push(`<circle cx="${fmt(item.x)}" cy="${fmt(item.y)}" r="${fmt(item.radius)}" fill="${item.color}"/>`)
        return
      case 'image': {
        const image = images[item.asset]
        const box = `x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(item.width)}" height="${fmt(item.height)}"`
        if (!image) {
          this.body.push(`<rect ${box} fill="#eeeeee"/>`)
          return
        }
        const href = `href="data:${escapeAttr(image.mime)};base64,${Buffer.from(image.bytes).toString('base64')}"`
        if (!item.crop) {
          this.body.push(`<image ${box} preserveAspectRatio="none" ${href}/>`)
          return
        }
        // As the PDF writer clips the whole original: the box views the crop window of the original
        // stretched over a square of ORIGINAL_UNITS.
        const shown = cropWindow(item.crop)
        const view = [shown.x, shown.y, shown.width, shown.height].map((n) => fmt(n * ORIGINAL_UNITS)).join(' ')
        this.body.push(`<svg ${box} viewBox="${view}" preserveAspectRatio="none"><image width="${ORIGINAL_UNITS}" height="${ORIGINAL_UNITS}" preserveAspectRatio="none" ${href}/></svg>`)
      }
    }
  }

  toString(geometry: PageGeometry): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fmt(geometry.width)} ${fmt(geometry.height)}" width="${fmt(geometry.width)}" height="${fmt(geometry.height)}">` +
      `<defs>${[...this.defs.values()].join('')}</defs><rect width="100%" height="100%" fill="#ffffff"/>${this.body.join('')}</svg>`
    )
  }
}

/** One page as a standalone SVG document (points as user units, trimmed page, no bleed). */
export function pageSvg(page: Page, geometry: PageGeometry, fonts: FontRegistry, images: Readonly<Record<string, PreviewImage>> = {}): string {
  const svg = new SvgPage(fonts)
  for (const item of page.items) svg.item(item, images)
  for (const line of page.lines) for (const run of line.runs) svg.run(run)
  return svg.toString(geometry)
}
