import { useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { Article } from '../../../core/model/article'
import type { ArticleFrame, GridRect, PageSpec } from '../../../core/page/page'
import { movedRect, resizedRect, type EdgeDeltas } from '../../../core/page/frame-moves'
import { gridBox, headBox, snapTravel, type Box, type PageLayoutGrid } from './page-geometry'

/** A frame's overset as the compositor reports it. */
export interface FrameStatus {
  overset: number
  /** The first line that did not fit, so the editor sees where the text stops. */
  oversetText?: string
  problems: string[]
}

type Handle = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw'
const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w']
const HANDLE_NAMES: Record<Handle, string> = { n: '上边', s: '下边', e: '右边', w: '左边', ne: '右上角', nw: '左上角', se: '右下角', sw: '左下角' }

function edges(handle: Handle, columns: number, rows: number): EdgeDeltas {
  return {
    ...(handle.includes('n') ? { top: rows } : {}),
    ...(handle.includes('s') ? { bottom: rows } : {}),
    ...(handle.includes('e') ? { right: columns } : {}),
    ...(handle.includes('w') ? { left: columns } : {}),
  }
}

interface Drag {
  id: string
  handle?: Handle
  x: number
  y: number
  columns: number
  rows: number
}

interface Props {
  layout: PageLayoutGrid
  spec: PageSpec
  articles: Readonly<Record<string, Article>>
  /** CSS px per point. */
  scale: number
  /** The page as the compositor drew it (an SVG object URL), when it has. */
  drawn?: string
  status: ReadonlyMap<string, FrameStatus>
  guides: boolean
  selected?: string
  onSelect(id: string | undefined): void
  onMove(id: string, columns: number, rows: number): void
  onResize(id: string, by: EdgeDeltas): void
  onRemove(id: string): void
  onOpenArticle(id: string): void
}

const minColumns = (f: ArticleFrame) => (f.headline.direction === 'vertical' ? 2 : 1)

/** Where a frame shows while it is dragged: moved or resized exactly as the edit will do it. */
function shownRect(frame: ArticleFrame, drag: Drag | undefined, layout: PageLayoutGrid): GridRect {
  if (!drag || drag.id !== frame.id) return frame
  return drag.handle
    ? resizedRect(frame, edges(drag.handle, drag.columns, drag.rows), layout.content, minColumns(frame))
    : movedRect(frame, drag.columns, drag.rows, layout.content)
}

const KEY_STEPS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }

/** One page of the 版面: the drawn page, the column and baseline grid as guides, and its frames to drag. */
export function PageCanvas(props: Props) {
  const { layout, spec, scale, selected } = props
  const { grid } = layout
  const [drag, setDrag] = useState<Drag>()
  const px = (b: Box) => ({ left: b.x * scale, top: b.y * scale, width: b.width * scale, height: b.height * scale })

  const startDrag = (e: PointerEvent, id: string, handle?: Handle) => {
    if (e.button !== 0) return
    e.stopPropagation()
    e.currentTarget.setPointerCapture(e.pointerId)
    props.onSelect(id)
    setDrag({ id, ...(handle ? { handle } : {}), x: e.clientX, y: e.clientY, columns: 0, rows: 0 })
  }
  const followDrag = (e: PointerEvent) => {
    if (!drag) return
    const travel = snapTravel(layout, (e.clientX - drag.x) / scale, (e.clientY - drag.y) / scale)
    if (travel.columns !== drag.columns || travel.rows !== drag.rows) setDrag({ ...drag, ...travel })
  }
  const endDrag = () => {
    if (!drag) return
    setDrag(undefined)
    if (!drag.columns && !drag.rows) return
    if (drag.handle) props.onResize(drag.id, edges(drag.handle, drag.columns, drag.rows))
    else props.onMove(drag.id, drag.columns, drag.rows)
  }

  const onFrameKey = (e: KeyboardEvent, frame: ArticleFrame) => {
    const step = KEY_STEPS[e.key]
    if (step && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault()
      const [columns, rows] = step
      if (e.shiftKey) props.onResize(frame.id, { ...(columns ? { right: columns } : {}), ...(rows ? { bottom: rows } : {}) })
      else props.onMove(frame.id, columns, rows)
    } else if (e.key === 'Delete') {
      e.preventDefault()
      props.onRemove(frame.id)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      props.onOpenArticle(frame.id)
    } else if (e.key === 'Escape') props.onSelect(undefined)
  }

  const head = headBox(layout)
  const contentTop = head.y + head.height
  const columnBoxes = Array.from({ length: grid.columns }, (_, c) => gridBox(layout, { column: c, columns: 1, row: 0, rows: layout.content.rows }))

  return (
    <div
      className="bx-sheet"
      data-testid="page-sheet"
      data-drawn={props.drawn ? true : undefined}
      style={{ width: grid.pageWidth * scale, height: grid.pageHeight * scale }}
      onPointerDown={(e) => {
        if (!(e.target as Element).closest('.bx-frame')) props.onSelect(undefined)
      }}
    >
      {props.drawn ? <img className="bx-sheet-drawn" src={props.drawn} alt={`第 ${spec.number} 版`} width={grid.pageWidth * scale} height={grid.pageHeight * scale} draggable={false} /> : null}
      {props.guides ? (
        <svg className="bx-guides" viewBox={`0 0 ${grid.pageWidth} ${grid.pageHeight}`} width={grid.pageWidth * scale} height={grid.pageHeight * scale} aria-hidden="true">
          <rect className="bx-guide-head" x={head.x} y={head.y} width={head.width} height={head.height} />
          <text className="bx-guide-label" x={head.x + 4} y={head.y + 12}>
            {spec.masthead ? '报头' : '版头'}
          </text>
          {columnBoxes.map((b, c) => (
            <rect key={c} className="bx-guide-column" x={b.x} y={b.y} width={b.width} height={b.height} />
          ))}
          {Array.from({ length: layout.content.rows + 1 }, (_, r) => (
            <line key={r} className={r % 5 ? 'bx-guide-row' : 'bx-guide-row bx-guide-row-5'} x1={grid.left} x2={grid.left + grid.width} y1={contentTop + r * grid.pitch} y2={contentTop + r * grid.pitch} />
          ))}
        </svg>
      ) : null}
      {spec.frames.map((frame) => {
        const rect = shownRect(frame, drag, layout)
        const title = props.articles[frame.article]?.meta.title || '（无题）'
        const overset = props.status.get(frame.id)?.overset ?? 0
        const isSelected = frame.id === selected
        return (
          <div
            key={frame.id}
            className="bx-frame"
            data-frame={frame.id}
            data-selected={isSelected || undefined}
            data-dragging={drag?.id === frame.id || undefined}
            data-overset={overset || undefined}
            style={px(gridBox(layout, rect))}
            tabIndex={0}
            role="button"
            aria-pressed={isSelected}
            aria-label={`版框「${title}」，第 ${rect.column + 1}–${rect.column + rect.columns} 栏，第 ${rect.row + 1}–${rect.row + rect.rows} 行${overset ? `，溢出 ${overset} 行` : ''}`}
            aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Shift+ArrowRight Shift+ArrowDown Delete Enter"
            onFocus={() => props.onSelect(frame.id)}
            onKeyDown={(e) => onFrameKey(e, frame)}
            onPointerDown={(e) => startDrag(e, frame.id)}
            onPointerMove={followDrag}
            onPointerUp={endDrag}
            onPointerCancel={() => setDrag(undefined)}
            onDoubleClick={() => props.onOpenArticle(frame.id)}
          >
            <span className="bx-frame-tag">
              {title} · {rect.columns} 栏 × {rect.rows} 行
            </span>
            {overset ? (
              <span className="bx-overset-tag" data-testid="overset-marker">
                溢出 {overset} 行
              </span>
            ) : null}
            {isSelected
              ? HANDLES.map((h) => (
                  <span
                    key={h}
                    className={`bx-handle bx-handle-${h}`}
                    title={`拖动${HANDLE_NAMES[h]}调整大小`}
                    data-handle={h}
                    onPointerDown={(e) => startDrag(e, frame.id, h)}
                  />
                ))
              : null}
          </div>
        )
      })}
    </div>
  )
}
