import { Worker } from 'node:worker_threads'
import type { Opened } from '../../core/ipc/contract'
import { UserError } from '../../core/errors'
import type { DocumentOpener } from './open-request'

type WorkerMessage = { id: number } & ({ type: 'done'; doc: Opened } | { type: 'failed'; code: string; message: string })

/**
 * Room for the largest document the limits admit (docs/security.md, "Limits"); past it the worker is
 * stopped and the file refused, instead of the whole app running out of memory.
 */
const HEAP_MB = 2048

interface Pending {
  resolve(doc: Opened): void
  reject(error: UserError): void
}

/**
 * Opens documents in a worker thread (`open-worker.js`), started at once so its modules load while the
 * app starts. A worker that dies (out of memory on a hostile file) fails the requests it held and is
 * replaced on the next request.
 */
export function openerInWorker(workerPath: string): DocumentOpener {
  let worker: Worker | undefined
  const pending = new Map<number, Pending>()
  let next = 0

  const failAll = (error: UserError) => {
    for (const waiting of pending.values()) waiting.reject(error)
    pending.clear()
  }
  const start = () => {
    const started = new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } })
    started.on('message', (message: WorkerMessage) => {
      const waiting = pending.get(message.id)
      pending.delete(message.id)
      if (message.type === 'done') waiting?.resolve(message.doc)
      else waiting?.reject(new UserError(message.code, message.message))
      if (!pending.size) started.unref()
    })
    started.on('error', (error: Error & { code?: string }) =>
      failAll(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new UserError('open.out-of-memory', '文件过大或结构过于复杂，打开时所需内存超出上限，已停止。请确认选对了文件，或把稿件拆成几份。')
          : new UserError('open.crashed', `打开文件时意外中止：${error.message}`),
      ),
    )
    started.on('exit', (code) => {
      if (worker === started) worker = undefined
      failAll(new UserError('open.crashed', `打开文件时意外退出（代码 ${code}）。`))
    })
    // After the listeners: adding a 'message' listener refs the worker's port again.
    started.unref()
    return started
  }
  worker = start()

  return (request) =>
    new Promise((resolve, reject) => {
      worker ??= start()
      const id = next++
      pending.set(id, { resolve, reject })
      // While a request is open the worker keeps the process alive; idle, it does not.
      worker.ref()
      worker.postMessage({ id, request })
    })
}
