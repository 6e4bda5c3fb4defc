import { useEffect, useMemo, useRef } from 'react'
import { createPortal } from 'react-dom'
import type { PrintPreviewResult } from '../../../core/ipc/contract'

const PT_TO_MM = 25.4 / 72

interface Props {
  result: PrintPreviewResult
  /** Called once every page image has loaded and the print dialog has closed. */
  onDone(): void
}

/**
 * 打印: the typeset pages (the same SVG the print preview shows, vector glyphs) laid out one per sheet at
 * the preset's paper size, then the system print dialog. Only this layer is visible in print media.
 */
export function PrintSheets({ result, onDone }: Props) {
  const urls = useMemo(() => result.pages.map((svg) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))), [result])
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls])

  const done = useRef(onDone)
  done.current = onDone

  useEffect(() => {
    let cancelled = false
    const images = Array.from(document.querySelectorAll<HTMLImageElement>('.bx-print-root img'))
    void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (cancelled) return
      window.print()
      done.current()
    })
    return () => {
      cancelled = true
    }
  }, [urls])

  const width = result.size.width * PT_TO_MM
  const height = result.size.height * PT_TO_MM
  return createPortal(
    <div className="bx-print-root" data-testid="print-sheets">
      <style>{`@page { size: ${width.toFixed(2)}mm ${height.toFixed(2)}mm; margin: 0 }`}</style>
      {urls.map((url, i) => (
        <img key={i} src={url} alt={`第 ${i + 1} 页`} style={{ width: `${width}mm`, height: `${height}mm` }} />
      ))}
    </div>,
    document.body,
  )
}
