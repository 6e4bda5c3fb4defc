import type { FrameBox, PageSpec } from '../page/page'
import type { ResolvedPagePreset } from '../page/page-preset'
import type { PageItem } from '../typeset/frame'
import type { Rect } from '../typeset/paginate'
import { frameGeometry } from './frame-geometry'

/**
 * Rules between neighbouring stories — in the middle of the column gap between stories side by side, in
 * the middle of the row a lower story keeps above it — and the boxes around short pieces. A boxed story
 * needs no rule beside it: its box separates it.
 */

export function separators(preset: ResolvedPagePreset, page: PageSpec): PageItem[] {
  const { rule } = preset
  const items: PageItem[] = []
  const frames = page.frames.filter((f) => !f.box).map((f) => ({ f, g: frameGeometry(preset, page, f) }))
  const bottom = (r: Rect) => r.top + r.height
  const right = (r: Rect) => r.left + r.width
  for (const a of frames) {
    for (const b of frames) {
      if (a.f.column + a.f.columns === b.f.column && a.f.row < b.f.row + b.f.rows && b.f.row < a.f.row + a.f.rows) {
        const x = (right(a.g.rect) + b.g.rect.left) / 2
        const y1 = Math.max(a.g.content.top, b.g.content.top)
        const y2 = Math.min(bottom(a.g.rect), bottom(b.g.rect))
        if (y2 > y1) items.push({ kind: 'rule', x1: x, y1, x2: x, y2, width: rule.width, color: rule.color })
      }
      if (a.f.row + a.f.rows === b.f.row && a.f.column < b.f.column + b.f.columns && b.f.column < a.f.column + a.f.columns) {
        const y = b.g.rect.top + preset.grid.pitch / 2
        const x1 = Math.max(a.g.rect.left, b.g.rect.left)
        const x2 = Math.min(right(a.g.rect), right(b.g.rect))
        items.push({ kind: 'rule', x1, y1: y, x2, y2: y, width: rule.width, color: rule.color })
      }
    }
  }
  for (const f of page.frames) if (f.box) items.push(...box(f.box, frameGeometry(preset, page, f).content, preset))
  return items
}

function outline(r: Rect, inset: number, width: number, color: string): PageItem[] {
  const [x1, y1, x2, y2] = [r.left + inset, r.top + inset, r.left + r.width - inset, r.top + r.height - inset]
  return [
    { kind: 'rule', x1: x1 - width / 2, y1, x2: x2 + width / 2, y2: y1, width, color },
    { kind: 'rule', x1: x1 - width / 2, y1: y2, x2: x2 + width / 2, y2, width, color },
    { kind: 'rule', x1, y1, x2: x1, y2, width, color },
    { kind: 'rule', x1: x2, y1, x2, y2, width, color },
  ]
}

/** 单线; 文武线 (a thick rule outside a thin one); 花边: a border of small dots round a hairline. */
function box(kind: FrameBox, r: Rect, preset: ResolvedPagePreset): PageItem[] {
  const { color, width } = preset.rule
  switch (kind) {
    case 'line':
      return outline(r, width, width * 1.5, color)
    case 'double':
      return [...outline(r, 1, 2, color), ...outline(r, 4, width, color)]
    case 'flower': {
      const dots: PageItem[] = []
      const step = 4.5
      const along = (x: number, y: number, dx: number, dy: number, length: number) => {
        const n = Math.max(1, Math.round(length / step))
        for (let i = 0; i < n; i++) dots.push({ kind: 'dot', x: x + (dx * length * i) / n, y: y + (dy * length * i) / n, radius: 1.1, color })
      }
      const [x1, y1, x2, y2] = [r.left + 1.5, r.top + 1.5, r.left + r.width - 1.5, r.top + r.height - 1.5]
      along(x1, y1, 1, 0, x2 - x1)
      along(x2, y1, 0, 1, y2 - y1)
      along(x2, y2, -1, 0, x2 - x1)
      along(x1, y2, 0, -1, y2 - y1)
      return [...dots, ...outline(r, 5, width / 2, color)]
    }
  }
}

