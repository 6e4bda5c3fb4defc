import { describe, expect, it } from 'vitest'
import { alignedX, cropWindow, setWidth, shownAspect, withCropEdge } from './image-frame'
import { validateArticle } from './schema'
import { article } from './build'

describe('image frame', () => {
  it('sets a width as a share of the column, or in millimetres capped at the column', () => {
    expect(setWidth(undefined, 300, 2)).toBeUndefined()
    expect(setWidth({ fraction: 1 / 3 }, 300, 2)).toBe(100)
    expect(setWidth({ mm: 60 }, 300, 2)).toBe(120)
    expect(setWidth({ mm: 200 }, 300, 2)).toBe(300)
  })

  it('aligns left, centre (the default) and right within the column', () => {
    expect([alignedX('left', 300, 100), alignedX(undefined, 300, 100), alignedX('right', 300, 100)]).toEqual([0, 100, 200])
  })

  it('shows a crop window of the original, with the aspect of what is left', () => {
    const crop = { left: 0.25, top: 0.1, right: 0.25, bottom: 0.4 }
    expect(cropWindow(crop)).toEqual({ x: 0.25, y: 0.1, width: 0.5, height: 0.5 })
    expect(shownAspect({ width: 800, height: 400 }, crop)).toBe(2)
    expect(shownAspect({ width: 800, height: 400 }, undefined)).toBe(2)
  })

  it('moves one crop edge, keeping a tenth of the original, and drops a crop that cuts nothing', () => {
    expect(withCropEdge(undefined, 'left', 0.2)).toEqual({ left: 0.2, top: 0, right: 0, bottom: 0 })
    expect(withCropEdge({ left: 0.2, top: 0, right: 0.5, bottom: 0 }, 'left', 0.6)).toEqual({ left: 0.4, top: 0, right: 0.5, bottom: 0 })
    expect(withCropEdge({ left: 0.2, top: 0, right: 0, bottom: 0 }, 'left', 0)).toBeUndefined()
    expect(withCropEdge(undefined, 'top', -1)).toBeUndefined()
  })

  it('are validated where an article enters: widths within bounds, crops that leave something', () => {
    const withImage = (props: object) => {
      const a = article({ title: '图' }, [])
      return validateArticle({
        ...a,
        assets: { 'image-1': { mime: 'image/png', name: 'a.png' } },
        blocks: [{ type: 'image', asset: 'image-1', alt: '', children: [{ text: '' }], ...props }],
      })
    }
    expect(withImage({ width: { fraction: 0.5 }, align: 'left', crop: { left: 0.1, top: 0, right: 0.1, bottom: 0.2 } }).ok).toBe(true)
    expect(withImage({ width: { mm: 80 } }).ok).toBe(true)
    for (const bad of [{ width: { fraction: 0 } }, { width: { fraction: 1.5 } }, { width: { mm: 2 } }, { width: { fraction: 0.5, mm: 3 } }, { align: 'justify' }, { crop: { left: 0.5, top: 0, right: 0.45, bottom: 0 } }])
      expect(withImage(bad).ok, JSON.stringify(bad)).toBe(false)
  })
})
