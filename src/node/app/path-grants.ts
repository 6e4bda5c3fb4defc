import { resolve } from 'node:path'
import { UserError } from '../../core/errors'

export type PathRight = 'open' | 'write'

/**
 * Least authority for one window (Electron checklist: a compromised renderer must not reach any file).
 * Main acts only on paths the user handed it — chosen in a native dialog, dropped on the window, named
 * on the command line or by the OS — and grants are added only by main's own code, never from a path
 * the page sends. A path that may be written may also be opened and shown in its folder.
 */
export class PathGrants {
  private readonly rights = new Map<string, PathRight>()

  allow(path: string, right: PathRight): void {
    const key = resolve(path)
    if (this.rights.get(key) !== 'write') this.rights.set(key, right)
  }

  may(path: string, right: PathRight): boolean {
    const held = this.rights.get(resolve(path))
    return held === 'write' || held === right
  }

  /** Throws unless `path` was granted `right` (or `alsoKnown` vouches for it: main's own recent list). */
  check(path: string, right: PathRight, alsoKnown: readonly string[] = []): void {
    if (this.may(path, right) || alsoKnown.some((known) => resolve(known) === resolve(path))) return
    throw new UserError(
      'path.not-granted',
      right === 'write'
        ? `版心不会写入未经您选择的位置「${path}」。请用「另存为」或导出对话框选择保存位置。`
        : `版心只打开您选择、拖入或从命令行打开的文件，「${path}」不在其中。请用「打开」对话框选择它。`,
    )
  }
}
