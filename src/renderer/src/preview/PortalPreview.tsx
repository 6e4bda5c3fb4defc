import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article } from '../../../core/model/article'
import type { PortalProfile } from '../../../core/portal/profile'
import type { FontSizeChoice } from '../../../core/portal/page-css'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import { useElementSize } from './useElementSize'
import { useCaretBlock } from './useCaretBlock'
import { ZoomSelect } from './ZoomSelect'
import { zoomScale, type Zoom } from './zoom'
import { followBlock } from './follow-block'
import { usePortalHtml } from './usePortalHtml'
import { updatePage } from './update-page'

interface Props {
  article: Article
  imageUrl(assetId: string): string | undefined
  profiles: readonly PortalProfile[]
  templates: readonly SectionHeadingTemplate[]
  profileId: string
  onProfileChange(id: string): void
}

/**
 * 自适应 lays the page out as a browser window the size of the pane would (zoom as a browser zooms);
 * 电脑 and 手机 lay it out at a typical screen's width.
 */
const WIDTHS = {
  window: { label: '自适应', px: undefined },
  desktop: { label: '电脑', px: 1280 },
  phone: { label: '手机', px: 375 },
} as const
type WidthMode = keyof typeof WIDTHS

/**
 * The article as the portal will show it. The frame is sandboxed without allow-scripts (same-origin only so
 * it can show the editor's blob: images and be scrolled to the caret); the page needs no script.
 */
export function PortalPreview({ article, imageUrl, profiles, templates, profileId, onProfileChange }: Props) {
  const [fontSize, setFontSize] = useState<FontSizeChoice>('medium')
  const [width, setWidth] = useState<WidthMode>('window')
  // Real size: at 适合宽度 a 1280 px page in the default pane draws 16 px text at 6 px.
  const [zoom, setZoom] = useState<Zoom>(1)
  const profile = profiles.find((p) => p.id === profileId) ?? profiles[0]!
  const html = usePortalHtml(article, { profile, templates, fontSize }, imageUrl)
  return (
    <div className="bx-portal-preview">
      <div className="bx-preview-tools">
        <label>
          门户
          <select
            value={profile.id}
            onChange={(e) => onProfileChange(e.currentTarget.value)}
            aria-label="门户样式"
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.siteName}
              </option>
            ))}
          </select>
        </label>
        <label>
          字号
          <select
            value={fontSize}
            onChange={(e) => setFontSize(e.currentTarget.value as FontSizeChoice)}
            aria-label="字号"
          >
            <option value="large">大</option>
            <option value="medium">中</option>
            <option value="small">小</option>
          </select>
        </label>
        <div className="bx-segmented" role="group" aria-label="预览宽度">
          {(Object.keys(WIDTHS) as WidthMode[]).map((m) => (
            <button key={m} type="button" aria-pressed={width === m} onClick={() => setWidth(m)}>
              {WIDTHS[m].label}
            </button>
          ))}
        </div>
        <ZoomSelect zoom={zoom} fits={['fit-width']} onChange={setZoom} />
      </div>
      <div className="bx-portal-stage" data-testid="portal-stage">
        {html !== undefined && <ScaledFrame html={html} layoutWidth={WIDTHS[width].px} zoom={zoom} />}
      </div>
    </div>
  )
}

/**
 * The page laid out `layoutWidth` px wide (the pane's width at this zoom when absent) and drawn at the zoom.
 * The frame scrolls the page down; the box around it scrolls across when the drawn page is wider than the pane.
 */
function ScaledFrame({
  html,
  layoutWidth,
  zoom,
}: {
  html: string
  layoutWidth: number | undefined
  zoom: Zoom
}) {
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  const frame = useRef<HTMLIFrameElement>(null)
  const pane = useElementSize(box) ?? { width: 480, height: 600 }
  const width = layoutWidth ?? Math.floor(pane.width / (typeof zoom === 'number' ? zoom : 1))
  const scale = zoomScale(zoom, { width, height: pane.height }, pane)
  const caretBlock = useCaretBlock()
  // The first page loads as the frame's document; every later one is applied to it in place.
  const [firstHtml] = useState(html)
  const [loaded, setLoaded] = useState(false)
  /** The page the frame shows now. */
  const shown = useRef(html)

  useEffect(() => {
    const doc = frame.current?.contentDocument
    if (!loaded || !doc) return
    updatePage(doc, shown.current, html)
    shown.current = html
  }, [html, loaded])

  const follow = useCallback(() => {
    const win = frame.current?.contentWindow
    if (win && box && caretBlock !== undefined) followBlock(win, box, scale, caretBlock)
  }, [box, caretBlock, scale])
  useEffect(follow, [follow])

  return (
    <div ref={setBox} className="bx-frame-box">
      <div className="bx-frame-sizer" style={{ width: width * scale, height: pane.height }}>
        <iframe
          ref={frame}
          title="门户预览"
          data-testid="portal-frame"
          sandbox="allow-same-origin"
          srcDoc={firstHtml}
          onLoad={() => {
            setLoaded(true)
            follow()
          }}
          style={{ width, height: pane.height / scale, transform: `scale(${scale})`, transformOrigin: '0 0' }}
        />
      </div>
    </div>
  )
}
