import { useEffect } from 'react'
import type { MenuCommand } from '../../../core/ipc/contract'
import { commandForKey } from './shortcuts'

/** A modal dialog (导出, 设置, 新建版面) is open: like Word, the app's commands wait until it is closed. */
const modalOpen = () => document.querySelector('dialog:modal') !== null

/** Routes the native menu's commands and the app's Word/WPS shortcuts to `run`. */
export function useMenuRouting(run: (command: MenuCommand) => void): void {
  useEffect(
    () =>
      window.banxin.onMenu((command) => {
        if (!modalOpen()) run(command)
      }),
    [run],
  )
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e)
      if (!command) return
      e.preventDefault()
      if (!modalOpen()) run(command)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [run])
}
