import { describe, expect, it } from 'vitest'
import { article, image, paragraph } from '../model/build'
import type { ImageBlock } from '../model/article'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import { findPreset } from './builtin-presets'
import type { ImageItem } from './frame'
import { MM, resolvePreset } from './preset'
import { fixedMetrics } from './testing/fixed-metrics'
import { typeset } from './typeset'

const preset = resolvePreset(findPreset('a4'))
const column = preset.area.width

/** The image item an article with one 1600 × 800 px photo gets, laid out on A4, relative to the type area. */
function placed(props: Partial<ImageBlock>): ImageItem {
  const block = { ...(image('photo', '食堂') as ImageBlock), ...props }
  const layout = typeset({ article: article({ title: '图' }, [paragraph('正文。'), block]), preset, fonts: fixedMetrics(), templates: BUILTIN_TEMPLATES, images: { photo: { width: 1600, height: 800 } } })
  const item = layout.pages.flatMap((p) => p.items).find((i): i is ImageItem => i.kind === 'image')!
  return { ...item, x: item.x - preset.area.left }
}

describe('图片在印刷版面里的大小、对齐和裁剪', () => {
  it('takes a share of the column, or millimetres up to the column, and keeps the photo’s proportions', () => {
    const half = placed({ width: { fraction: 0.5 } })
    expect(half.width).toBeCloseTo(column / 2, 6)
    expect(half.height).toBeCloseTo(column / 4, 6)
    expect(placed({ width: { mm: 60 } }).width).toBeCloseTo(60 * MM, 6)
    expect(placed({ width: { mm: 900 } }).width, 'never wider than the column').toBeCloseTo(column, 6)
  })

  it('sits left, centred (by default) or right in the column', () => {
    const width = column / 3
    expect(placed({ width: { fraction: 1 / 3 }, align: 'left' }).x).toBeCloseTo(0, 6)
    expect(placed({ width: { fraction: 1 / 3 } }).x).toBeCloseTo(width, 6)
    expect(placed({ width: { fraction: 1 / 3 }, align: 'right' }).x).toBeCloseTo(2 * width, 6)
  })

  it('is as tall as what the crop leaves, and hands the writers the crop to clip the original with', () => {
    const crop = { left: 0.25, top: 0, right: 0.25, bottom: 0 }
    const cropped = placed({ width: { fraction: 0.5 }, crop })
    expect(cropped.height, 'the middle half of a 2:1 photo is square').toBeCloseTo(cropped.width, 6)
    expect(cropped.crop).toEqual(crop)
    expect(placed({}).crop).toBeUndefined()
  })

  it('with no width set, a cropped photo keeps its 150 ppi size over what is left', () => {
    const natural = placed({}).width
    expect(natural).toBeCloseTo(Math.min(column, (1600 * 72) / 150), 6)
    expect(placed({ crop: { left: 0.5, top: 0, right: 0, bottom: 0 } }).width).toBeCloseTo((800 * 72) / 150, 6)
  })
})
