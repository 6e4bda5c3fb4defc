import { describe, expect, it } from 'vitest'
import type { Layout, Line, Page } from './frame'
import { preflight } from './preflight'

const MM = 72 / 25.4

const line = (text: string, x: number, baseline: number, width: number, measure = width): Line => ({
  role: 'body',
  x,
  baseline,
  measure,
  start: x,
  width,
  justified: false,
  last: true,
  text,
  runs: [{ x, y: baseline, text, face: 'song', size: 10, color: '#000000', tracking: 0, glyphs: [] }],
  structure: { type: 'P', element: 0 },
})

const layout = (pages: Page[], processColor = true): Layout => ({
  geometry: { width: 200 * MM, height: 300 * MM, bleed: 0, cropMarks: false, processColor, ...(processColor ? { printCondition: 'CGATS TR 002' as const } : {}) },
  pages,
  bookmarks: [],
  blockPages: [],
  warnings: [],
  overflows: [],
})

const photo = { kind: 'image' as const, asset: 'p', x: 10, y: 10, width: 100 * MM, height: 50 * MM, alt: '' }
const facts = (width: number, colour: 'rgb' | 'gray' | 'cmyk') => ({ fonts: [], images: { p: { name: '茶山.jpg', width, height: width / 2, colour } } })

describe('印前检查', () => {
  it('超出裁切线、比栏宽的行是错误；行末悬挂半个字的标点不算', () => {
    const page: Page = {
      label: '1',
      items: [],
      lines: [
        line('正常的一行', 20, 40, 100),
        line('https://example.com/a-very-long-address', 150 * MM, 60, 60 * MM, 40 * MM),
        { ...line('悬挂的句号。', 20, 80, 105, 100), overhang: 5 },
      ],
    }
    const items = preflight(layout([page]), { fonts: [], images: {} })
    expect(items.map((i) => `${i.level} ${i.kind}`)).toEqual(['error outside-trim', 'error outside-column'])
    expect(items[0]!.message).toBe('第 1 页「https://exam…」超出裁切线 10.0 mm，印出来会被裁掉。')
    expect(items[1]!.message).toBe('第 1 页「https://exam…」比栏宽多出 20.0 mm，会压到旁边的栏或页边。')
  })

  it('图片低于 250 dpi、CMYK 版式里的 RGB 图片都提醒；灰度图和 RGB 版式不提醒颜色', () => {
    const page: Page = { label: '1', lines: [], items: [photo] }
    // 100 mm wide: 984 px is 250 dpi.
    expect(preflight(layout([page]), facts(984, 'rgb')).map((i) => i.kind)).toEqual(['rgb-image'])
    expect(preflight(layout([page]), facts(800, 'gray')).map((i) => i.message)).toEqual(['图片「茶山.jpg」印出来只有 203 dpi（宽 100.0 mm，800 像素），低于 250 dpi，会发虚。'])
    expect(preflight(layout([page], false), facts(1200, 'rgb'))).toEqual([])
    const cropped: Page = { label: '1', lines: [], items: [{ ...photo, crop: { left: 0.25, top: 0, right: 0.25, bottom: 0 } }] }
    expect(preflight(layout([cropped], false), facts(984, 'rgb')).map((i) => i.message), 'a crop keeps half the pixels').toEqual(['图片「茶山.jpg」印出来只有 125 dpi（宽 100.0 mm，492 像素），低于 250 dpi，会发虚。'])
  })

  it('缺少的字体和排版的提醒（缺字、超出版心、版框排不下）都列出来', () => {
    const l = { ...layout([]), warnings: ['「𠮷」所有字体中都没有，印出来会是空框，请换用其他字体。', '有 1 处内容比一整页还高，已超出版心。', '第1版「春耕」：有 4 行排不下（从「备耕」起）。'] }
    const items = preflight(l, { fonts: [{ face: '小标宋', wanted: '方正小标宋简体', used: 'Noto Serif SC Bold' }], images: {} })
    expect(items.map((i) => `${i.level} ${i.kind} ${i.message}`)).toEqual([
      'warning font 版式要求的字体「方正小标宋简体」没有安装：小标宋用 Noto Serif SC Bold 代替。',
      'error layout 「𠮷」所有字体中都没有，印出来会是空框，请换用其他字体。',
      'error overset 有 1 处内容比一整页还高，已超出版心。',
      'error overset 第1版「春耕」：有 4 行排不下（从「备耕」起）。',
    ])
  })
})
