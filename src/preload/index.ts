import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { CHANNELS, EVENTS, type BanxinApi, type ExportProgressEvent, type InvokeName, type IpcResult, type MenuCommand } from '../core/ipc/contract'

async function invoke<T>(name: InvokeName, ...args: unknown[]): Promise<T> {
  const result = (await ipcRenderer.invoke(CHANNELS[name], ...args)) as IpcResult<T>
  if (!result.ok) {
    const error = new Error(result.error.message)
    error.name = result.error.code
    throw error
  }
  return result.value
}

function subscribe<T>(channel: string, listener: (value: T) => void): () => void {
  const handler = (_event: unknown, value: T) => listener(value)
  ipcRenderer.on(channel, handler)
  return () => ipcRenderer.removeListener(channel, handler)
}

const api: BanxinApi = {
  openDialog: () => invoke('openDialog'),
  openPath: (path) => invoke('openPath', path),
  openBytes: (name, bytes) => invoke('openBytes', name, bytes),
  openExample: () => invoke('openExample'),
  startupFiles: () => invoke('startupFiles'),
  save: (bundle, path, suggestedName) => invoke('save', bundle, path, suggestedName),
  recentFiles: () => invoke('recentFiles'),
  autosave: (docId, bundle, info) => invoke('autosave', docId, bundle, info),
  clearAutosave: (docId) => invoke('clearAutosave', docId),
  listRecovery: () => invoke('listRecovery'),
  recover: (id) => invoke('recover', id),
  discardRecovery: (id) => invoke('discardRecovery', id),
  setDirty: (dirty) => invoke('setDirty', dirty),
  typesetPreview: (bundle, presetId) => invoke('typesetPreview', bundle, presetId),
  listFonts: () => invoke('listFonts'),
  fontSpecimen: (role, spec, documentText) => invoke('fontSpecimen', role, spec, documentText),
  chooseExportTarget: (kind, suggestedName) => invoke('chooseExportTarget', kind, suggestedName),
  exportDocument: (jobId, bundle, order) => invoke('exportDocument', jobId, bundle, order),
  cancelExport: (jobId) => invoke('cancelExport', jobId),
  onExportProgress: (listener) => subscribe<ExportProgressEvent>(EVENTS.exportProgress, listener),
  showInFolder: (path) => invoke('showInFolder', path),
  getSettings: () => invoke('getSettings'),
  saveSettings: (settings) => invoke('saveSettings', settings),
  pathForFile: (file) => webUtils.getPathForFile(file),
  onMenu: (listener) => subscribe<MenuCommand>(EVENTS.menu, listener),
  onOpenFile: (listener) => subscribe<string>(EVENTS.openFile, listener),
}

contextBridge.exposeInMainWorld('banxin', api)
