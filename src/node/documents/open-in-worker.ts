import { Worker } from 'node:worker_threads'
import type { OpenedDocument } from '../../core/ipc/contract'
import { UserError } from '../../core/errors'
import type { DocumentOpener, OpenRequest } from './open-request'

type WorkerMessage = { type: 'done'; doc: OpenedDocument } | { type: 'failed'; code: string; message: string }

/**
 * Room for the largest document the limits admit (docs/security.md, "Limits"); past it the worker is
 * stopped and the file refused, instead of the whole app running out of memory.
 */
const HEAP_MB = 2048

/** Opens documents in a worker thread (`open-worker.js`), one per request. */
export function openerInWorker(workerPath: string): DocumentOpener {
  return (request) => openInWorker(workerPath, request)
}

function openInWorker(workerPath: string, request: OpenRequest): Promise<OpenedDocument> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } })
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      fn()
      void worker.terminate()
    }
    worker.on('message', (message: WorkerMessage) =>
      finish(() => (message.type === 'done' ? resolve(message.doc) : reject(new UserError(message.code, message.message)))),
    )
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UserError('open.out-of-memory', '文件过大或结构过于复杂，打开时所需内存超出上限，已停止。请确认选对了文件，或把稿件拆成几份。')
            : new UserError('open.crashed', `打开文件时意外中止：${error.message}`),
        ),
      ),
    )
    worker.on('exit', (code) => finish(() => reject(new UserError('open.crashed', `打开文件时意外退出（代码 ${code}）。`))))
    worker.postMessage(request)
  })
}
