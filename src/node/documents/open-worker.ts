import { parentPort } from 'node:worker_threads'
import { UserError, userMessage } from '../../core/errors'
import { openRequested, type OpenRequest } from './open-request'

/**
 * Worker-thread entry (built to out/main/open-worker.js): opening and importing run here, one worker
 * per file, so a hostile or huge file can keep only this thread busy, never main's event loop.
 * In: the request. Out: {done, doc} | {failed, code, message}.
 */
const port = parentPort
if (!port) throw new Error('open-worker must run in a worker thread')

port.once('message', (request: OpenRequest) => {
  openRequested(request).then(
    (doc) => port.postMessage({ type: 'done', doc }),
    (error: unknown) => port.postMessage({ type: 'failed', code: error instanceof UserError ? error.code : 'internal', message: userMessage(error) }),
  )
})
