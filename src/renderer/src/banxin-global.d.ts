import type { BanxinApi } from '../../core/ipc/contract'

/** The preload's contextBridge puts the API here (src/preload/index.ts). */
declare global {
  interface Window {
    banxin: BanxinApi
  }
}
