import { useEffect } from 'react'
import type { MenuCommand } from '../../../core/ipc/contract'
import { commandForKey } from './shortcuts'

/** Routes the native menu's commands and the app's Word/WPS shortcuts to `run`. */
export function useMenuRouting(run: (command: MenuCommand) => void): void {
  useEffect(() => window.banxin.onMenu(run), [run])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e)
      if (!command) return
      e.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [run])
}
