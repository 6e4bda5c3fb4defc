import { useEffect, useMemo, useState } from 'react'
import type { PagePreviewResult } from '../../../core/ipc/contract'
import type { PageBundle } from '../../../core/page/page'
import { usePageUrls } from '../preview/usePageUrls'
import type { FrameStatus } from './PageCanvas'

export interface PageDrawing {
  /** The last page set the compositor answered with (it stays shown while a newer one is composed). */
  result?: PagePreviewResult
  /** One object URL per 版. */
  urls: string[]
  /** Per frame id: its overset and problems, as the compositor reported them. */
  status: ReadonlyMap<string, FrameStatus>
  busy: boolean
  error?: string
}

/**
 * The page file as the PDF writer will draw it, composed in main's preview worker after every edit. The
 * worker keeps its compositor warm and answers only the newest request, so no debounce is needed: a drag
 * or a keystroke re-flows the frames it touched, and a request overtaken by a newer one resolves null.
 */
export function usePageDrawing(bundle: PageBundle): PageDrawing {
  const [result, setResult] = useState<PagePreviewResult>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    setBusy(true)
    window.banxin
      .typesetPage(bundle)
      .then((r) => {
        if (!live || !r) return
        setResult(r)
        setError(undefined)
        setBusy(false)
      })
      .catch((e: unknown) => {
        if (!live) return
        setError(e instanceof Error ? e.message : String(e))
        setBusy(false)
      })
    return () => {
      live = false
    }
  }, [bundle])

  const urls = usePageUrls(useMemo(() => result?.pages ?? [], [result]))
  const status = useMemo(() => new Map((result?.frames ?? []).map((f) => [f.id, { overset: f.overset, problems: f.problems, ...(f.oversetText ? { oversetText: f.oversetText } : {}) }])), [result])
  return { ...(result ? { result } : {}), urls, status, busy, ...(error ? { error } : {}) }
}
