import { contextBridge, ipcRenderer, webUtils } from 'electron'
import {
  EVENTS,
  INVOKE,
  PRELOAD_ONLY,
  channelName,
  eventName,
  type BanxinApi,
  type EventName,
  type InvokeName,
  type IpcResult,
} from '../core/ipc/contract'

async function invoke(name: InvokeName, ...args: unknown[]): Promise<unknown> {
  const result = (await ipcRenderer.invoke(channelName(name), ...args)) as IpcResult<unknown>
  if (!result.ok) {
    const error = new Error(result.error.message)
    error.name = result.error.code
    throw error
  }
  return result.value
}

function subscribe(name: EventName, listener: (value: unknown) => void): () => void {
  const handler = (_event: unknown, value: unknown) => listener(value)
  ipcRenderer.on(eventName(name), handler)
  return () => ipcRenderer.removeListener(eventName(name), handler)
}

// Paths of files the user really dropped on the window. This listener runs in the preload's isolated
// world; a drop the page makes up (dispatchEvent) is not trusted, and the page cannot reach this set.
const dropped = new Set<string>()
window.addEventListener(
  'drop',
  (event) => {
    if (!event.isTrusted) return
    for (const file of Array.from(event.dataTransfer?.files ?? [])) {
      const path = webUtils.getPathForFile(file)
      if (path) dropped.add(path)
    }
  },
  true,
)

const hidden = new Set<string>(PRELOAD_ONLY)
const calls = Object.fromEntries(
  (Object.keys(INVOKE) as InvokeName[]).filter((name) => !hidden.has(name)).map((name) => [name, (...args: unknown[]) => invoke(name, ...args)]),
)
const listeners = Object.fromEntries(
  (Object.keys(EVENTS) as EventName[]).map((name) => [`on${name[0]!.toUpperCase()}${name.slice(1)}`, (listener: (value: unknown) => void) => subscribe(name, listener)]),
)

// Typed by construction above: one method per exposed channel and one `on…` per event.
const api = {
  ...calls,
  ...listeners,
  openDroppedFile: async (file: File) => {
    const path = webUtils.getPathForFile(file)
    if (path && dropped.has(path)) return invoke('openDropped', path)
    return invoke('openBytes', file.name, new Uint8Array(await file.arrayBuffer()))
  },
} as BanxinApi

contextBridge.exposeInMainWorld('banxin', api)
