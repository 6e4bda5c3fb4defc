import { useEffect, useMemo, useRef, useState } from 'react'
import type { ArticleBundle } from '../../../core/model/article'
import type { PrintPreviewResult } from '../../../core/ipc/contract'
import type { PresetChoice } from '../export/ExportDialog'
import { useDebouncedValue } from './useDebouncedValue'
import { cursorBlockIndex } from './cursor-block'

interface Props {
  bundle: ArticleBundle
  presets: readonly PresetChoice[]
  presetId: string
  onPresetChange(id: string): void
}

const ZOOMS = [0.5, 0.75, 1, 1.5] as const

/** Object URLs for SVG pages; an <img> never runs anything inside the SVG. */
function usePageUrls(pages: readonly string[]): string[] {
  const urls = useMemo(() => pages.map((svg) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))), [pages])
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls])
  return urls
}

/**
 * 印刷预览: the pages exactly as the PDF writer draws them (the same Layout, glyph outlines from the same
 * fonts), typeset in a worker in main after the user pauses typing.
 */
export function PrintPreview({ bundle, presets, presetId, onPresetChange }: Props) {
  const settled = useDebouncedValue(bundle, 400)
  const [result, setResult] = useState<PrintPreviewResult>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [zoom, setZoom] = useState<number | 'fit'>('fit')
  const scroller = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let live = true
    setBusy(true)
    window.banxin
      .typesetPreview(settled, presetId)
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
  }, [settled, presetId])

  const urls = usePageUrls(result?.pages ?? [])
  const pageWidth = result ? result.size.width : 595
  const pageHeight = result ? result.size.height : 842
  const [fitWidth, setFitWidth] = useState(400)
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const observer = new ResizeObserver(([e]) => setFitWidth(Math.max(120, (e?.contentRect.width ?? 400) - 32)))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  const scale = zoom === 'fit' ? fitWidth / pageWidth : zoom
  const [cursorPage, setCursorPage] = useState<number>()

  const jumpTo = (page: number) => scroller.current?.querySelector(`[data-page="${page}"]`)?.scrollIntoView({ block: 'start' })

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
        <label>
          缩放
          <select value={String(zoom)} onChange={(e) => setZoom(e.currentTarget.value === 'fit' ? 'fit' : Number(e.currentTarget.value))} aria-label="缩放">
            <option value="fit">适合宽度</option>
            {ZOOMS.map((z) => (
              <option key={z} value={z}>
                {Math.round(z * 100)}%
              </option>
            ))}
          </select>
        </label>
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
        <div className="bx-pages" ref={scroller} data-testid="print-pages">
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
