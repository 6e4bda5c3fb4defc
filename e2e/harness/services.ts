import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { InvokeName, IpcResult } from '../../src/core/ipc/contract'
import { createHandlers, type AppEnvironment } from '../../src/node/app/handlers'
import type { FromChild, ToChild } from './services-messages'
import { OPEN_WORKER } from './paths'

/** The node services behind one harness window: in the test's process, or in a child it can kill. */
export interface Services {
  invoke(name: InvokeName, args: unknown[]): Promise<IpcResult<unknown>>
  openFromSystem(path: string): void
  /** SIGKILL, as a crash of Electron's main process; only services in a child process can die. */
  kill(): void
  /** A normal end when the window closes. */
  stop(): void
}

export function inProcess(env: AppEnvironment): Services {
  const handlers = createHandlers(env)
  return {
    invoke: (name, args) => handlers.invoke[name](...args),
    openFromSystem: (path) => handlers.openFromSystem(path),
    kill: () => {
      throw new Error('services run in the test process: launch with servicesInChild to kill them')
    },
    stop: () => {},
  }
}

const DEAD: IpcResult<unknown> = { ok: false, error: { code: 'ipc.dead', message: 'main process is gone' } }

/** The services in a child process (tsx), answering the environment's questions from `env`. */
export async function inChild(env: AppEnvironment): Promise<Services> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'services-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const waiting = new Map<number, (result: IpcResult<unknown>) => void>()
  let next = 0
  let alive = true
  const post = (message: ToChild) => alive && child.send(message)
  const ready = new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.on('message', (message: FromChild) => {
      switch (message.type) {
        case 'ready':
          return resolve()
        case 'result':
          waiting.get(message.id)?.(message.result)
          waiting.delete(message.id)
          return
        case 'ask':
          void (env[message.method] as (...a: unknown[]) => Promise<unknown>)(...message.args).then((value) => post({ type: 'answer', id: message.id, value }))
          return
        case 'tell':
          ;(env[message.method] as (...a: unknown[]) => void)(...message.args)
      }
    })
  })
  child.on('exit', () => {
    alive = false
    for (const answer of waiting.values()) answer(DEAD)
    waiting.clear()
  })
  const { userDataDir, resourcesDir, startupFiles, exportWorkerPath, previewWorkerPath } = env
  post({ type: 'setup', setup: { userDataDir, resourcesDir, startupFiles, exportWorkerPath, previewWorkerPath, openWorkerPath: OPEN_WORKER } })
  await ready
  return {
    invoke: (name, args) => {
      if (!alive) return Promise.resolve(DEAD)
      const id = next++
      post({ type: 'invoke', id, name, args })
      return new Promise((resolve) => waiting.set(id, resolve))
    },
    openFromSystem: (path) => post({ type: 'openFromSystem', path }),
    kill: () => {
      alive = false
      child.kill('SIGKILL')
    },
    stop: () => {
      alive = false
      child.kill()
    },
  }
}
