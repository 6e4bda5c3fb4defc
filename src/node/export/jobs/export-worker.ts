import { parentPort } from 'node:worker_threads'
import { runExport } from './run-export'
import type { ExportRequest } from './export-request'
import { UserError, userMessage } from '../../../core/errors'

/**
 * Worker-thread entry (built to out/main/export-worker.js): exports run here so a 300-page book never
 * freezes the window. Messages: in {start, request} | {cancel}; out {progress} | {done} | {failed}.
 */
const port = parentPort
if (!port) throw new Error('export-worker must run in a worker thread')

const abort = new AbortController()
port.on('message', (message: { type: 'start'; request: ExportRequest } | { type: 'cancel' }) => {
  if (message.type === 'cancel') {
    abort.abort()
    return
  }
  runExport(message.request, {
    signal: abort.signal,
    onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
  }).then(
    (outcome) => port.postMessage({ type: 'done', outcome }),
    (error: unknown) =>
      port.postMessage({
        type: 'failed',
        cancelled: abort.signal.aborted,
        code: error instanceof UserError ? error.code : 'internal',
        message: userMessage(error),
      }),
  )
})
