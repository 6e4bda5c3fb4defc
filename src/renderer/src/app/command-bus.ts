import type { MenuCommand } from '../../../core/ipc/contract'

type Listener = (command: MenuCommand) => void

/** Hands menu/shortcut commands the app does not handle itself (find, replace, outline …) to the editor. */
export class CommandBus {
  private listeners = new Set<Listener>()

  emit(command: MenuCommand): void {
    this.listeners.forEach((l) => l(command))
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
