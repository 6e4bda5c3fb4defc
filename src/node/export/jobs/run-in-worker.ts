import { Worker } from 'node:worker_threads'
import { UserError } from '../../../core/errors'
import type { ExportControl, ExportOutcome, ExportRequest } from './export-request'

type WorkerMessage =
  | { type: 'progress'; progress: { fraction: number; message: string } }
  | { type: 'done'; outcome: ExportOutcome }
  | { type: 'failed'; cancelled: boolean; code: string; message: string }

/** Grace period for a cancelled export to clean up its temp files before the thread is ended. */
const CANCEL_GRACE_MS = 5000

/**
 * Runs an export in a worker thread. Resolves with the outcome, or null when cancelled through `signal`;
 * the exporters write through temp files, so a cancelled or failed export leaves nothing behind.
 */
export function runExportInWorker(workerPath: string, request: ExportRequest, control: ExportControl = {}): Promise<ExportOutcome | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath)
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      control.signal?.removeEventListener('abort', onAbort)
      fn()
      void worker.terminate()
    }
    const onAbort = () => {
      worker.postMessage({ type: 'cancel' })
      setTimeout(() => finish(() => resolve(null)), CANCEL_GRACE_MS).unref()
    }
    control.signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') control.onProgress?.(message.progress)
      else if (message.type === 'done') finish(() => resolve(message.outcome))
      else if (message.cancelled) finish(() => resolve(null))
      else finish(() => reject(new UserError(message.code, message.message)))
    })
    worker.on('error', (error) => finish(() => reject(new UserError('export.crashed', `导出过程意外中止：${error.message}`))))
    worker.on('exit', (code) => {
      if (!settled) finish(() => reject(new UserError('export.crashed', `导出过程意外退出（代码 ${code}）。`)))
    })
    if (control.signal?.aborted) onAbort()
    else worker.postMessage({ type: 'start', request })
  })
}
