import type { MenuCommand } from '../../../core/ipc/contract'

/** Word/WPS-style shortcuts the app (not the editor) handles; the native menu only displays them. */
const KEYS: Record<string, MenuCommand> = {
  'mod+n': 'new',
  'mod+o': 'open',
  'mod+shift+o': 'import',
  'mod+s': 'save',
  'mod+shift+s': 'save-as',
  'mod+e': 'export-pdf',
  'mod+p': 'print',
  'mod+f': 'find',
  'mod+h': 'replace',
  'mod+shift+l': 'toggle-outline',
  'mod+shift+p': 'toggle-preview',
  'mod+,': 'settings',
}

export function commandForKey(e: KeyboardEvent): MenuCommand | undefined {
  if (e.isComposing || !(e.ctrlKey || e.metaKey) || e.altKey) return undefined
  const key = `mod+${e.shiftKey ? 'shift+' : ''}${e.key.toLowerCase()}`
  return KEYS[key]
}
