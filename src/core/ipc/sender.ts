/** Where an IPC call came from, as main sees it (Electron's `event.senderFrame`). */
export interface SenderFrame {
  url: string
  /** The window's top-level frame, not an iframe inside it (the portal preview is one). */
  isMainFrame: boolean
}

/**
 * Electron checklist item 17: only our own page may call main. `pages` are the URLs the window was
 * loaded from (the `app://` origin, or the dev server when not packaged); a frame on any other origin,
 * or any sub-frame, is refused. Compared by scheme and host because custom schemes have an opaque origin.
 */
export function isOwnPage(frame: SenderFrame | null | undefined, pages: readonly string[]): boolean {
  if (!frame?.isMainFrame) return false
  const at = parsed(frame.url)
  return !!at && pages.some((page) => {
    const own = parsed(page)
    return !!own && own.protocol === at.protocol && own.host === at.host
  })
}

function parsed(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}
