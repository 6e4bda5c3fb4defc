import type { IpcResult } from '../../src/core/ipc/contract'
import type { AppEnvironment } from '../../src/node/app/handlers'

/** What the services process needs to build its environment: plain data only. */
export type ChildSetup = Pick<AppEnvironment, 'userDataDir' | 'resourcesDir' | 'startupFiles' | 'exportWorkerPath' | 'previewWorkerPath'> & {
  openWorkerPath: string
}

/** What the services ask the test (which plays the user at native dialogs and menus) and wait for. */
export type AskMethod = 'chooseOpenPath' | 'chooseArticlePaths' | 'chooseSavePath' | 'chooseExportPath' | 'askToSave' | 'chooseImagePaths' | 'showContextMenu'
/** What they only tell it. */
export type TellMethod = 'setDirty' | 'showInFolder' | 'send' | 'closeWindow' | 'editCommand'

export type ToChild =
  | { type: 'setup'; setup: ChildSetup }
  | { type: 'invoke'; id: number; name: string; args: unknown[] }
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'openFromSystem'; path: string }

export type FromChild =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: IpcResult<unknown> }
  | { type: 'ask'; id: number; method: AskMethod; args: unknown[] }
  | { type: 'tell'; method: TellMethod; args: unknown[] }
