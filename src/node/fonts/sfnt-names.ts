import { closeSync, openSync, readSync } from 'node:fs'

/**
 * Reads the names of the fonts in a TrueType/OpenType file or collection without loading it: the
 * table directory and the `name` table are a few kilobytes even in a 20 MB CJK font, so scanning a
 * system's font folders stays fast.
 */

export interface SfntNames {
  /** Index in a collection (0 for a single font). */
  index: number
  postscriptName: string
  /** Every family and full name in every language (仿宋_GB2312 and FangSong_GB2312 alike). */
  names: string[]
  bold: boolean
}

const FAMILY = 1
const SUBFAMILY = 2
const FULL = 4
const POSTSCRIPT = 6
const TYPO_FAMILY = 16
const TYPO_SUBFAMILY = 17

function read(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length)
  const got = readSync(fd, buf, 0, length, offset)
  return got === length ? buf : buf.subarray(0, got)
}

function decode(platform: number, bytes: Buffer): string {
  if (platform === 1) return bytes.toString('latin1')
  // Windows and Unicode platforms store UTF-16BE.
  const swapped = Buffer.from(bytes)
  swapped.swap16()
  return swapped.toString('utf16le')
}

function fontNames(fd: number, offset: number, index: number): SfntNames | undefined {
  const head = read(fd, offset, 12)
  if (head.length < 12) return undefined
  const tables = head.readUInt16BE(4)
  const dir = read(fd, offset + 12, tables * 16)
  let nameOffset = -1
  let nameLength = 0
  for (let t = 0; t < tables && (t + 1) * 16 <= dir.length; t++) {
    if (dir.toString('latin1', t * 16, t * 16 + 4) === 'name') {
      nameOffset = dir.readUInt32BE(t * 16 + 8)
      nameLength = dir.readUInt32BE(t * 16 + 12)
    }
  }
  if (nameOffset < 0 || nameLength > 1 << 20) return undefined
  const name = read(fd, nameOffset, nameLength)
  if (name.length < 6) return undefined
  const count = name.readUInt16BE(2)
  const strings = name.readUInt16BE(4)
  const names = new Set<string>()
  let postscriptName = ''
  let bold = false
  for (let r = 0; r < count && 6 + (r + 1) * 12 <= name.length; r++) {
    const at = 6 + r * 12
    const platform = name.readUInt16BE(at)
    const id = name.readUInt16BE(at + 6)
    const length = name.readUInt16BE(at + 8)
    const start = strings + name.readUInt16BE(at + 10)
    if (start + length > name.length || (platform !== 0 && platform !== 1 && platform !== 3)) continue
    const value = decode(platform, name.subarray(start, start + length)).trim()
    if (!value) continue
    if (id === FAMILY || id === FULL || id === TYPO_FAMILY) names.add(value)
    else if (id === POSTSCRIPT) postscriptName ||= value
    else if ((id === SUBFAMILY || id === TYPO_SUBFAMILY) && /bold|black|heavy|粗/i.test(value)) bold = true
  }
  if (postscriptName) names.add(postscriptName)
  return { index, postscriptName, names: [...names], bold }
}

/** The fonts in one file; empty when it is not a font or cannot be read. */
export function readSfntNames(path: string): SfntNames[] {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return []
  }
  try {
    const header = read(fd, 0, 12)
    if (header.length < 12) return []
    if (header.toString('latin1', 0, 4) !== 'ttcf') {
      const font = fontNames(fd, 0, 0)
      return font ? [font] : []
    }
    const count = Math.min(header.readUInt32BE(8), 256)
    const offsets = read(fd, 12, count * 4)
    const out: SfntNames[] = []
    for (let i = 0; i < count && (i + 1) * 4 <= offsets.length; i++) {
      const font = fontNames(fd, offsets.readUInt32BE(i * 4), i)
      if (font) out.push(font)
    }
    return out
  } catch {
    return []
  } finally {
    closeSync(fd)
  }
}
