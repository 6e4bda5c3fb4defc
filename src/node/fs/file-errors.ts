import { stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UserError } from '../../core/errors'

export type FileAction = 'read' | 'write'

/** What a writer adds after the reason: what the failure left as it was, and what to do. */
export const NEXT_STEP = {
  save: '原文件未改动，请换一个位置保存。',
  export: '请换一个位置导出。',
} as const

interface Reason {
  code: string
  /** Why, as the second half of 「无法写入「…」：…」. */
  why: (path: string, action: FileAction) => string
}

const REASONS: Record<string, Reason> = {
  ENOENT: {
    code: 'file.not-found',
    why: (path, action) => (action === 'read' ? '找不到这个文件，它可能已被移动或删除' : `文件夹「${dirname(path)}」不存在`),
  },
  EACCES: { code: 'file.no-access', why: (path, action) => (action === 'read' ? '没有读取它的权限' : `没有写入文件夹「${dirname(path)}」的权限`) },
  EROFS: { code: 'file.read-only', why: () => '它所在的磁盘是只读的（如光盘、写保护的 U 盘）' },
  ENOSPC: { code: 'file.disk-full', why: () => '磁盘空间不足' },
  EISDIR: { code: 'file.is-directory', why: () => '这是一个文件夹，不是文件' },
  ENOTDIR: { code: 'file.not-directory', why: () => '路径中有一段不是文件夹' },
  EBUSY: { code: 'file.busy', why: () => '文件正被其他程序占用，请在其他程序中关闭它' },
  EMFILE: { code: 'file.too-many-open', why: () => '同时打开的文件太多，请关闭一些程序' },
  ENAMETOOLONG: { code: 'file.name-too-long', why: () => '文件名或路径太长' },
  EIO: { code: 'file.io', why: () => '读写磁盘时出错，磁盘或网络连接可能有问题' },
  ELOOP: { code: 'file.link-loop', why: () => '路径中的快捷方式（符号链接）互相指向，形成了循环' },
}
REASONS.EPERM = REASONS.EACCES!
REASONS.EDQUOT = REASONS.ENOSPC!
REASONS.ETXTBSY = REASONS.EBUSY!
REASONS.ENFILE = REASONS.EMFILE!

/**
 * One wording for every file the app reads or writes (import, open, save, autosave, settings, PDF,
 * HTML package): 「无法写入「D:\\稿件\\a.pdf」：磁盘空间不足。」 plus what the caller can add (「原文件未改动」).
 * A Node error code never reaches the user on its own; an unknown one is named after the sentence.
 */
export function fileProblem(code: string, path: string, action: FileAction, then = ''): UserError {
  const reason = REASONS[code]
  const verb = action === 'read' ? '读取' : '写入'
  const why = reason ? reason.why(path, action) : `系统报告错误 ${code}`
  return new UserError(reason?.code ?? 'file.failed', `无法${verb}「${path}」：${why}。${then}`)
}

/** `fileProblem` for a thrown file-system error; anything else is returned as it is. */
export function fileError(error: unknown, path: string, action: FileAction, then = ''): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (error instanceof UserError || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error
  return fileProblem(code, path, action, then)
}

/** Runs a file operation and words its failure with `fileError`. */
export async function withFileErrors<T>(path: string, action: FileAction, work: () => Promise<T>, then = ''): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw fileError(error, path, action, then)
  }
}

/**
 * The size of a file about to be read whole, after checking it is a regular file: a folder, a device
 * (/dev/urandom reports size 0 and never ends), a pipe (opening it would wait for a writer) or a socket
 * is refused with a true message before anything is opened.
 */
export async function regularFileSize(path: string): Promise<number> {
  const info = await withFileErrors(path, 'read', () => stat(path))
  if (info.isDirectory()) throw fileProblem('EISDIR', path, 'read')
  if (!info.isFile())
    throw new UserError('file.not-regular', `无法读取「${path}」：它不是普通文件（而是设备、管道等系统对象），不能作为文稿打开。`)
  return info.size
}
