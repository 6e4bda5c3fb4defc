import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportResult } from '../../../core/ipc/contract'

export type JobState =
  | { phase: 'idle' }
  | { phase: 'running'; fraction: number; message: string }
  | { phase: 'done'; result: ExportResult }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string }

/** One export at a time from a dialog: runs it in main's worker, follows its progress, can cancel it. */
export function useExportJob() {
  const [state, setState] = useState<JobState>({ phase: 'idle' })
  const jobId = useRef<string | undefined>(undefined)

  useEffect(
    () =>
      window.banxin.onExportProgress((e) => {
        if (e.jobId === jobId.current) setState({ phase: 'running', fraction: e.fraction, message: e.message })
      }),
    [],
  )

  /** `run` asks main for the export under the job id it is given (exportDocument, exportPage). */
  const start = useCallback(async (run: (jobId: string) => Promise<ExportResult | null>) => {
    const id = `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
    jobId.current = id
    setState({ phase: 'running', fraction: 0, message: '正在准备…' })
    try {
      const result = await run(id)
      setState(result ? { phase: 'done', result } : { phase: 'cancelled' })
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) })
    } finally {
      jobId.current = undefined
    }
  }, [])

  const cancel = useCallback(() => {
    if (jobId.current) void window.banxin.cancelExport(jobId.current)
  }, [])

  const reset = useCallback(() => setState({ phase: 'idle' }), [])

  return { state, start, cancel, reset }
}
