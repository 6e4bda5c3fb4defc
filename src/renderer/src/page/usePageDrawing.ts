import { useEffect, useMemo, useRef, useState } from 'react'
import type { PagePreviewResult } from '../../../core/ipc/contract'
import type { PageBundle } from '../../../core/page/page'
import type { FrameStatus } from './PageCanvas'

export interface PageDrawing {
  /** The last page set the compositor answered with (it stays shown while a newer one is composed). */
  result?: PagePreviewResult
  /** One object URL per 版 (an <img> never runs anything inside the SVG), already decoded. */
  urls: string[]
  /** Per frame id: its overset and problems, as the compositor reported them. */
  status: ReadonlyMap<string, FrameStatus>
  busy: boolean
  error?: string
}

const svgUrl = (svg: string) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))

/** Decodes the pages before they are shown, so the page on screen is swapped, never blanked, after an edit. */
async function decoded(urls: readonly string[]): Promise<void> {
  await Promise.all(
    urls.map((url) => {
      const img = new Image()
      img.src = url
      return img.decode().catch(() => undefined)
    }),
  )
}

/**
 * The page file as the PDF writer will draw it, composed in main's preview worker after every edit. The
 * worker keeps its compositor warm and answers only the newest request waiting, so no debounce is
 * needed: a drag or a keystroke re-flows the frames it touched, and a request overtaken while it waited
 * resolves null.
 */
export function usePageDrawing(bundle: PageBundle): PageDrawing {
  const [drawn, setDrawn] = useState<{ result: PagePreviewResult; urls: string[] }>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const shown = useRef<{ urls: string[]; request: number }>({ urls: [], request: 0 })
  const requests = useRef(0)
  const unmounted = useRef(false)

  // An answer for an older state of the page is still shown until a newer one arrives (the frames on
  // top are always current): while edits come faster than the compositor, the page never stays blank.
  useEffect(() => {
    const request = ++requests.current
    setBusy(true)
    window.banxin
      .typesetPage(bundle)
      .then(async (result) => {
        if (!result) return
        const urls = result.pages.map(svgUrl)
        await decoded(urls)
        if (request < shown.current.request || unmounted.current) return urls.forEach((u) => URL.revokeObjectURL(u))
        shown.current.urls.forEach((u) => URL.revokeObjectURL(u))
        shown.current = { urls, request }
        setDrawn({ result, urls })
        setError(undefined)
        if (request === requests.current) setBusy(false)
      })
      .catch((e: unknown) => {
        if (request !== requests.current) return
        setError(e instanceof Error ? e.message : String(e))
        setBusy(false)
      })
  }, [bundle])
  useEffect(() => {
    unmounted.current = false
    return () => {
      unmounted.current = true
      shown.current.urls.forEach((u) => URL.revokeObjectURL(u))
    }
  }, [])

  const status = useMemo(
    () => new Map((drawn?.result.frames ?? []).map((f) => [f.id, { overset: f.overset, problems: f.problems, ...(f.oversetText ? { oversetText: f.oversetText } : {}) }])),
    [drawn],
  )
  return { ...(drawn ? { result: drawn.result } : {}), urls: drawn?.urls ?? [], status, busy, ...(error ? { error } : {}) }
}
