import type { RenderChunkProps } from 'slate-react'

/**
 * Lowest chunks skip layout and paint while off screen (content-visibility), which is what makes a
 * 3,000-paragraph article cheap to keep on screen; the intrinsic size keeps the scrollbar honest.
 */
export function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'bx-chunk' : undefined}>
      {children}
    </div>
  )
}
