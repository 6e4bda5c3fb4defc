import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ArticleBundle } from '../../../core/model/article'
import { UserError } from '../../../core/errors'
import { writeFileAtomic } from '../../fs/atomic-write'
import { NEXT_STEP, fileProblem, withFileErrors } from '../../fs/file-errors'
import { buildHtmlPackage, type HtmlPackageOptions } from './build-package'
import type { ValidationReport } from './validation-report'
import { zipPackage } from './zip'

export type PackageTarget = { kind: 'zip'; path: string } | { kind: 'folder'; path: string }

export type PackageStep = 'render' | 'write' | 'done'

export interface PackageControl {
  onProgress?: (progress: { step: PackageStep; fraction: number }) => void
  signal?: AbortSignal
}

export interface PackageResult {
  path: string
  files: string[]
  validation: ValidationReport
}

/**
 * Writes the HTML package as a zip or a folder. Either the complete package appears at `target.path` or
 * nothing does: the zip goes through a temp file and a rename, the folder through a temp folder beside
 * it. Cancelling (`signal`) or failing removes every temp file.
 */
export async function writeHtmlPackage(
  bundle: ArticleBundle,
  options: HtmlPackageOptions & { target: PackageTarget },
  control: PackageControl = {},
): Promise<PackageResult> {
  const { signal, onProgress } = control
  const { target } = options
  signal?.throwIfAborted()
  // Before the seconds of rendering and validation: a user who picked a folder that is gone hears it at once.
  if (!(await exists(dirname(target.path))))
    throw fileProblem('ENOENT', target.path, 'write', NEXT_STEP.export)
  onProgress?.({ step: 'render', fraction: 0 })
  const built = await buildHtmlPackage(bundle, options)
  signal?.throwIfAborted()
  onProgress?.({ step: 'write', fraction: 0.6 })
  await withFileErrors(
    target.path,
    'write',
    async () => {
      if (target.kind === 'zip') {
        const zip = zipPackage(built.files, options.now ?? new Date())
        signal?.throwIfAborted()
        await writeFileAtomic(target.path, zip)
      } else {
        await writeFolderAtomic(target.path, built.files, control)
      }
    },
    NEXT_STEP.export,
  )
  onProgress?.({ step: 'done', fraction: 1 })
  return { path: target.path, files: [...built.files.keys()], validation: built.validation }
}

const tempName = (target: string, tag: string) => join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.${tag}`)

async function writeFolderAtomic(target: string, files: ReadonlyMap<string, Uint8Array>, { signal, onProgress }: PackageControl): Promise<void> {
  await assertReplaceable(target)
  const temp = tempName(target, 'tmp')
  let old: string | undefined
  try {
    let done = 0
    for (const [name, bytes] of files) {
      signal?.throwIfAborted()
      const path = join(temp, ...name.split('/'))
      await mkdir(dirname(path), { recursive: true })
      const handle = await open(path, 'wx')
      try {
        await handle.writeFile(bytes)
        await handle.sync()
      } finally {
        await handle.close()
      }
      onProgress?.({ step: 'write', fraction: 0.6 + (0.4 * ++done) / files.size })
    }
    signal?.throwIfAborted()
    if (await exists(target)) {
      old = tempName(target, 'old')
      await rename(target, old)
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { recursive: true, force: true })
    if (old) await rename(old, target).catch(() => undefined)
    throw error
  }
  if (old) await rm(old, { recursive: true, force: true })
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** A folder is replaced only when it is empty or an earlier Banxin package, never a folder of other files. */
async function assertReplaceable(target: string): Promise<void> {
  const info = await stat(target).catch(() => undefined)
  if (!info) return
  if (!info.isDirectory()) throw new UserError('package.target-not-folder', `「${target}」已存在且不是文件夹，请换一个导出位置。`)
  if ((await readdir(target)).length === 0) return
  const meta = await readFile(join(target, 'meta.json'), 'utf8').catch(() => '')
  if (!meta.includes('"format": "banxin-html-package"'))
    throw new UserError('package.target-not-empty', `文件夹「${target}」中已有其他文件。为免覆盖，请选择空文件夹或新的文件夹名。`)
}
