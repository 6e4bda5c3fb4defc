import { Inflate, strFromU8 } from 'fflate'
import { UserError } from '../errors'

/**
 * Reading zip packages (.banxin, .docx) without trusting them. The central directory says what each
 * entry claims to be; an entry is then inflated as a stream and stopped the moment it produces more
 * than it claimed, so an entry that lies about its size costs no more than its claim (fflate's
 * unzipSync, given the claimed size as its buffer, would decode the whole stream and drop the excess:
 * minutes of CPU for a few MB of file).
 */

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflate. */
  method: number
  compressedSize: number
  /** The uncompressed size the entry claims. */
  size: number
  localOffset: number
}

/** An entry name that would land outside the folder it is unpacked into (zip slip). */
export function unsafeEntryName(name: string): boolean {
  return name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name) || name.split(/[\\/]/).includes('..')
}

export function zipCorrupt(): UserError {
  return new UserError('zip.corrupt', '文件已损坏或不完整（压缩包结构无法读取），可能在下载或复制时被截断。请重新获取原文件。')
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8)
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

/** The entries listed in the central directory (APPNOTE 4.3.12, 4.3.16). Zip64 is refused: no draft needs 4 GB. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) throw zipCorrupt()
  const count = u16(bytes, end + 10)
  let at = u32(bytes, end + 16)
  if (count === 0xffff || at === 0xffffffff) throw zipCorrupt()
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_ENTRY) throw zipCorrupt()
    const flags = u16(bytes, at + 8)
    const nameLength = u16(bytes, at + 28)
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
    if (next > bytes.length) throw zipCorrupt()
    const entry = {
      // Bit 11: the name is UTF-8; otherwise the old DOS code page, read as Latin-1 like fflate does.
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !(flags & 0x800)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    }
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) throw zipCorrupt()
    entries.push(entry)
    at = next
  }
  return entries
}

/** Inflation is fed this much at a time, so one step yields at most ~16 MB before the cap is checked. */
const SLICE = 16 * 1024

class Overflow extends Error {}

/**
 * The entry's bytes, exactly as many as it claims. More (or fewer) means the archive lies about its
 * content, and it is refused as soon as that shows.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry, liar: (entry: ZipEntry) => UserError): Uint8Array {
  const local = entry.localOffset
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL_HEADER) throw zipCorrupt()
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
  if (start + entry.compressedSize > bytes.length) throw zipCorrupt()
  const compressed = bytes.subarray(start, start + entry.compressedSize)
  if (entry.method === 0) {
    if (compressed.length !== entry.size) throw liar(entry)
    return compressed
  }
  if (entry.method !== 8) throw zipCorrupt()
  const out = new Uint8Array(entry.size)
  let filled = 0
  const inflate = new Inflate((chunk) => {
    if (filled + chunk.length > out.length) throw new Overflow()
    out.set(chunk, filled)
    filled += chunk.length
  })
  try {
    for (let at = 0; at < compressed.length || at === 0; at += SLICE) inflate.push(compressed.subarray(at, at + SLICE), at + SLICE >= compressed.length)
  } catch (error) {
    if (error instanceof Overflow) throw liar(entry)
    throw zipCorrupt()
  }
  if (filled !== out.length) throw liar(entry)
  return out
}
