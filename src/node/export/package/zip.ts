import { zipSync, type ZipOptions } from 'fflate'

/**
 * The package as a zip. Names are ASCII by construction; fflate sets the UTF-8 (EFS) flag on any name
 * that is not, which Windows' built-in zip needs to read Chinese names (it assumes the OEM code page).
 * Images are stored, not deflated: they are compressed already.
 */
export function zipPackage(files: ReadonlyMap<string, Uint8Array>, mtime: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, ZipOptions]> = {}
  for (const [name, bytes] of files) {
    entries[name] = [bytes, { level: name.startsWith('images/') ? 0 : 6, mtime }]
  }
  return zipSync(entries)
}
