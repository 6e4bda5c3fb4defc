import { parentPort } from 'node:worker_threads'
import { UserError, userMessage } from '../../core/errors'
import { openRequested, type OpenRequest } from './open-request'

/**
 * Worker-thread entry (built to out/main/open-worker.js): opening and importing run here, so a hostile
 * or huge file keeps only this thread busy, never main's event loop. The worker lives as long as the
 * app (starting one costs seconds of module loading on a busy machine).
 * In: {id, request}. Out: {id, done, doc} | {id, failed, code, message}.
 */
const port = parentPort
if (!port) throw new Error('open-worker must run in a worker thread')

port.on('message', ({ id, request }: { id: number; request: OpenRequest }) => {
  openRequested(request).then(
    (doc) => port.postMessage({ id, type: 'done', doc }),
    (error: unknown) => port.postMessage({ id, type: 'failed', code: error instanceof UserError ? error.code : 'internal', message: userMessage(error) }),
  )
})
