import { useRef } from 'react'

interface Props {
  /** Current width of the pane to the splitter's right. */
  width: number
  min: number
  max: number
  onResize(width: number): void
  /** Called once a drag or key press ends, to remember the width. */
  onCommit(width: number): void
}

/** A vertical drag handle that resizes the pane on its right; arrow keys work too. */
export function Splitter({ width, min, max, onResize, onCommit }: Props) {
  const start = useRef<{ x: number; width: number } | null>(null)
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)))
  return (
    <div
      className="bx-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="调整预览宽度"
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(e) => {
        start.current = { x: e.clientX, width }
        e.currentTarget.setPointerCapture(e.pointerId)
      }}
      onPointerMove={(e) => {
        if (start.current) onResize(clamp(start.current.width - (e.clientX - start.current.x)))
      }}
      onPointerUp={() => {
        start.current = null
        onCommit(width)
      }}
      onKeyDown={(e) => {
        const step = e.key === 'ArrowLeft' ? 20 : e.key === 'ArrowRight' ? -20 : 0
        if (!step) return
        onResize(clamp(width + step))
        onCommit(clamp(width + step))
      }}
    />
  )
}
