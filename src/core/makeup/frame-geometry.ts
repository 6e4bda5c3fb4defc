import type { ArticleFrame, PageSpec } from '../page/page'
import type { ResolvedPagePreset } from '../page/page-preset'
import type { Rect } from '../typeset/paginate'
import { columnsAcross, gridRect } from './grid'

/**
 * A frame's rectangles. A frame below another keeps its first row for the rule between the two stories
 * (the column gap does that job between stories side by side); a boxed frame sets its text one row and
 * one character inside its box.
 */

export interface FrameGeometry {
  /** The frame's grid rectangle. */
  rect: Rect
  /** Less the row kept for the rule above. */
  content: Rect
  /** Where text and headlines go: the content, or inside the box. */
  inner: Rect
  /** The frame's columns inside `inner`. */
  lefts: number[]
  columnWidth: number
  gap: number
}

export function frameGeometry(preset: ResolvedPagePreset, page: PageSpec, frame: ArticleFrame): FrameGeometry {
  const { pitch, gap } = preset.grid
  const rect = gridRect(preset, page, frame)
  const gutter = frame.row > 0 ? pitch : 0
  const content = { ...rect, top: rect.top + gutter, height: rect.height - gutter }
  const padX = frame.box ? preset.articles[0]!.body.size : 0
  const padY = frame.box ? pitch : 0
  const inner = { left: content.left + padX, top: content.top + padY, width: content.width - 2 * padX, height: content.height - 2 * padY }
  const { lefts, width } = columnsAcross(inner.left, inner.width, frame.columns, gap)
  return { rect, content, inner, lefts, columnWidth: width, gap }
}

/** The width of `count` of the frame's columns with the gaps between them. */
export function spanWidth(g: FrameGeometry, count: number): number {
  return count * g.columnWidth + (count - 1) * g.gap
}
