import { describe, expect, it } from 'vitest'
import { parseZoom, zoomLabel, zoomScale } from './zoom'

const a4 = { width: 595, height: 842 }

describe('preview zoom', () => {
  it('适合宽度 fills the pane across, 适合页面 shows the whole page', () => {
    expect(zoomScale('fit-width', a4, { width: 1190, height: 400 })).toBe(2)
    expect(zoomScale('fit-page', a4, { width: 1190, height: 421 })).toBe(0.5)
    expect(zoomScale('fit-page', a4, { width: 297.5, height: 2000 })).toBe(0.5)
  })

  it('a fixed zoom ignores the pane', () => {
    expect(zoomScale(1.5, a4, { width: 100, height: 100 })).toBe(1.5)
  })

  it('labels and parses what the zoom menu shows', () => {
    expect([0.5, 1.25, 4, 'fit-width', 'fit-page'].map((z) => zoomLabel(z as never))).toEqual([
      '50%',
      '125%',
      '400%',
      '适合宽度',
      '适合页面',
    ])
    expect(parseZoom('1.5')).toBe(1.5)
    expect(parseZoom('fit-page')).toBe('fit-page')
  })
})
