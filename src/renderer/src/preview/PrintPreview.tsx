import { useEffect, useState } from 'react'
import type { ArticleBundle } from '../../../core/model/article'
import type { PrintPreviewResult } from '../../../core/ipc/contract'
import type { PresetChoice } from '../export/ExportDialog'
import { cursorBlockIndex } from './cursor-block'
import { useElementSize } from './useElementSize'
import { usePageUrls } from './usePageUrls'
import { ZoomSelect } from './ZoomSelect'
import { zoomScale, type Zoom } from './zoom'

interface Props {
  bundle: ArticleBundle
  presets: readonly PresetChoice[]
  presetId: string
  onPresetChange(id: string): void
}

/**
 * 印刷预览: the pages exactly as the PDF writer draws them (the same Layout, glyph outlines from the same
 * fonts), typeset in a worker in main after the user pauses typing.
 */
export function PrintPreview({ bundle, presets, presetId, onPresetChange }: Props) {
  const [result, setResult] = useState<PrintPreviewResult>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [zoom, setZoom] = useState<Zoom>('fit-width')
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)
  const pane = useElementSize(scroller)

  useEffect(() => {
    let live = true
    setBusy(true)
    window.banxin
      .typesetPreview(bundle, presetId)
      .then((r) => {
        if (!live || !r) return
        setResult(r)
        setError(undefined)
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
      .finally(() => live && setBusy(false))
    return () => {
      live = false
    }
  }, [bundle, presetId])

  const urls = usePageUrls(result?.pages ?? [])
  const pageWidth = result ? result.size.width : 595
  const pageHeight = result ? result.size.height : 842
  const scale = zoomScale(zoom, { width: pageWidth, height: pageHeight }, pane ?? { width: 400, height: 560 })
  const [cursorPage, setCursorPage] = useState<number>()

  const jumpTo = (page: number) => scroller?.querySelector(`[data-page="${page}"]`)?.scrollIntoView({ block: 'start' })

  return (
    <div className="bx-print-preview">
      <div className="bx-preview-tools">
        <label>
          版式
          <select value={presetId} onChange={(e) => onPresetChange(e.currentTarget.value)} aria-label="版式">
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <ZoomSelect zoom={zoom} fits={['fit-width', 'fit-page']} onChange={setZoom} />
        <button
          type="button"
          disabled={!result}
          onClick={() => {
            const block = cursorBlockIndex()
            const page = block === undefined ? undefined : result?.blockPages[block]
            setCursorPage(page)
            if (page !== undefined) jumpTo(page)
          }}
        >
          转到光标所在页
        </button>
        <span data-testid="print-page-count">{result ? `共 ${result.pages.length} 页` : '正在排版…'}</span>
        {busy && result ? <span className="bx-busy">更新中…</span> : null}
      </div>
      {error ? (
        <p className="bx-error" role="alert">
          排版失败：{error}
        </p>
      ) : null}
      {result?.warnings.length ? (
        <details className="bx-preview-warnings">
          <summary>{result.warnings.length} 条排版提醒</summary>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="bx-print-body">
        <nav className="bx-thumbs" aria-label="页面缩略图">
          {urls.map((url, i) => (
            <button key={i} type="button" onClick={() => jumpTo(i)} aria-label={`第 ${i + 1} 页`} data-current={i === cursorPage || undefined}>
              <img src={url} alt="" width={64} height={(64 * pageHeight) / pageWidth} />
              <span>{i + 1}</span>
            </button>
          ))}
        </nav>
        <div className="bx-pages" ref={setScroller} data-testid="print-pages">
          {urls.map((url, i) => (
            <img
              key={i}
              data-page={i}
              src={url}
              alt={`第 ${i + 1} 页`}
              width={Math.round(pageWidth * scale)}
              height={Math.round(pageHeight * scale)}
              loading="lazy"
            />
          ))}
        </div>
      </div>
    </div>
  )
}
