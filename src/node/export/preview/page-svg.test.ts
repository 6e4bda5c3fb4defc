import { describe, expect, it } from 'vitest'
import { pageSvg } from './page-svg'
import { createFontRegistry } from '../../fonts/font-registry'
import type { Page } from '../../../core/typeset/frame'

const geometry = { width: 300, height: 100, bleed: 0, cropMarks: false, processColor: false }
const fonts = createFontRegistry()

function oneRun(text: string, size: number, tracking = 0): Page {
  const glyphs = [...fonts.face('song').shape(text)]
  return {
    label: '1',
    items: [],
    lines: [{ role: 'body', x: 10, baseline: 50, measure: 280, start: 10, width: 280, justified: false, last: true, text, runs: [{ x: 10, y: 50, text, face: 'song', size, color: '#000000', tracking, glyphs }] }],
  }
}

const transforms = (svg: string) => [...svg.matchAll(/<use href="#[^"]+" transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.e-]+) ([\d.e-]+)\)"\/>/g)].map((m) => m.slice(1).map(Number))

describe('印刷预览的页面 SVG', () => {
  it('draws each glyph at exactly the run size (no rounding of the glyph scale)', () => {
    for (const size of [10.5, 12, 15.6, 22]) {
      const [[, , sx, sy]] = transforms(pageSvg(oneRun('版心', size), geometry, fonts)) as [number[]]
      expect(sx).toBeCloseTo(size / 1000, 6)
      expect(sy).toBeCloseTo(-size / 1000, 6)
    }
  })

  it('advances glyph by glyph with the run tracking, like PDF Tc', () => {
    const xs = transforms(pageSvg(oneRun('一二三', 12, 0.5), geometry, fonts)).map((t) => t[0]!)
    expect(xs[1]! - xs[0]!).toBeCloseTo(12.5, 1)
    expect(xs[2]! - xs[1]!).toBeCloseTo(12.5, 1)
  })

  it('defines each glyph outline once per page', () => {
    const svg = pageSvg(oneRun('中中中', 12), geometry, fonts)
    expect(svg.match(/<path id=/g)).toHaveLength(1)
    expect(svg.match(/<use /g)).toHaveLength(3)
  })

  it('draws a cropped image as the PDF does: the whole original, seen through the crop window', () => {
    const page: Page = { label: '1', lines: [], items: [{ kind: 'image', asset: 'p', x: 20, y: 10, width: 100, height: 50, alt: '', crop: { left: 0.25, top: 0.1, right: 0.25, bottom: 0.4 } }] }
    const svg = pageSvg(page, geometry, fonts, { p: { mime: 'image/png', bytes: new Uint8Array([1, 2, 3]) } })
    expect(svg).toContain('<svg x="20" y="10" width="100" height="50" viewBox="2500 1000 5000 5000" preserveAspectRatio="none"><image width="10000" height="10000" preserveAspectRatio="none" href="data:image/png;base64,AQID"/></svg>')
  })
})
