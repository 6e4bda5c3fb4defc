import { useMemo, useState } from 'react'
import type { Article } from '../../../core/model/article'
import { renderPortalPage } from '../../../core/portal/render-page'
import type { PortalProfile } from '../../../core/portal/profile'
import type { FontSizeChoice } from '../../../core/portal/page-css'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import { useDebouncedValue } from './useDebouncedValue'
import { useElementWidth } from './useElementWidth'

interface Props {
  article: Article
  imageUrl(assetId: string): string | undefined
  profiles: readonly PortalProfile[]
  templates: readonly SectionHeadingTemplate[]
  profileId: string
  onProfileChange(id: string): void
}

const WIDTHS = { desktop: { label: '电脑', px: 1280 }, phone: { label: '手机', px: 375 } } as const
type WidthMode = keyof typeof WIDTHS

/**
 * The article as the portal will show it. The frame is sandboxed without allow-scripts (same-origin only so
 * it can show the editor's blob: images); the page itself needs no script (字号 is CSS-only).
 */
export function PortalPreview({ article, imageUrl, profiles, templates, profileId, onProfileChange }: Props) {
  const [fontSize, setFontSize] = useState<FontSizeChoice>('medium')
  const [width, setWidth] = useState<WidthMode>('desktop')
  const settled = useDebouncedValue(article, 300)
  const profile = profiles.find((p) => p.id === profileId) ?? profiles[0]!
  const html = useMemo(
    () => renderPortalPage(settled, { profile, imageSrc: imageUrl, templates, fontSize, templatePlaceholders: true }),
    [settled, profile, imageUrl, templates, fontSize],
  )
  const frameWidth = WIDTHS[width].px
  return (
    <div className="bx-portal-preview">
      <div className="bx-preview-tools">
        <label>
          门户
          <select value={profile.id} onChange={(e) => onProfileChange(e.currentTarget.value)} aria-label="门户样式">
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.siteName}
              </option>
            ))}
          </select>
        </label>
        <label>
          字号
          <select value={fontSize} onChange={(e) => setFontSize(e.currentTarget.value as FontSizeChoice)} aria-label="字号">
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
      </div>
      <div className="bx-portal-stage" data-width={width}>
        <ScaledFrame html={html} width={frameWidth} />
      </div>
    </div>
  )
}

/** Renders the page at its real width and scales it down to fit the pane, like a thumbnail of the site. */
function ScaledFrame({ html, width }: { html: string; width: number }) {
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  const available = useElementWidth(box) ?? width
  const scale = Math.min(1, available / width)
  return (
    <div ref={setBox} className="bx-frame-box">
      <iframe
        title="门户预览"
        data-testid="portal-frame"
        sandbox="allow-same-origin"
        srcDoc={html}
        style={{ width, height: `${100 / scale}%`, transform: `scale(${scale})`, transformOrigin: '0 0' }}
      />
    </div>
  )
}
