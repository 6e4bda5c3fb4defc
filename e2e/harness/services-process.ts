/**
 * The node services of one harness window in a process of their own, so a test can SIGKILL them the way
 * a crash kills Electron's main process: writes in progress stop where they are. Started by
 * `HarnessApp.launch({ servicesInChild: true })`; talks to the test over the fork channel.
 */
import { createHandlers, type AppEnvironment } from '../../src/node/app/handlers'
import { openerInWorker } from '../../src/node/documents/open-in-worker'
import type { InvokeName } from '../../src/core/ipc/contract'
import type { AskMethod, ChildSetup, FromChild, TellMethod, ToChild } from './services-messages'

const send = (message: FromChild) => process.send!(message)
const asked = new Map<number, (value: unknown) => void>()
let next = 0

/** Asks the test process, which holds the fake dialogs. */
function ask<T>(method: AskMethod, args: unknown[]): Promise<T> {
  const id = next++
  send({ type: 'ask', id, method, args })
  return new Promise((resolve) => asked.set(id, resolve as (value: unknown) => void))
}

const tell = (method: TellMethod, args: unknown[]): void => {
  send({ type: 'tell', method, args })
}

function start(setup: ChildSetup) {
  const env: AppEnvironment = {
    ...setup,
    chooseOpenPath: () => ask('chooseOpenPath', []),
    chooseArticlePaths: () => ask('chooseArticlePaths', []),
    chooseSavePath: (name) => ask('chooseSavePath', [name]),
    chooseExportPath: (kind, name) => ask('chooseExportPath', [kind, name]),
    askToSave: (name) => ask('askToSave', [name]),
    chooseImagePaths: () => ask('chooseImagePaths', []),
    showContextMenu: (menu) => ask('showContextMenu', [menu]),
    setDirty: (dirty) => tell('setDirty', [dirty]),
    showInFolder: (path) => tell('showInFolder', [path]),
    send: (name, payload) => tell('send', [name, payload]),
    closeWindow: () => tell('closeWindow', []),
    editCommand: (command) => tell('editCommand', [command]),
    open: openerInWorker(setup.openWorkerPath),
  }
  return createHandlers(env)
}

let handlers: ReturnType<typeof start> | undefined
process.on('message', (message: ToChild) => {
  switch (message.type) {
    case 'setup':
      handlers = start(message.setup)
      send({ type: 'ready' })
      return
    case 'invoke':
      void handlers!.invoke[message.name as InvokeName](...message.args).then((result) => send({ type: 'result', id: message.id, result }))
      return
    case 'answer':
      asked.get(message.id)?.(message.value)
      asked.delete(message.id)
      return
    case 'openFromSystem':
      handlers!.openFromSystem(message.path)
  }
})
