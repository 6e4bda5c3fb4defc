import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import * as fontkit from 'fontkit'
import type { Font } from 'fontkit'
import { UserError } from '../../core/errors'

/**
 * Opens a font file for fontkit, reading a TrueType font's outlines only as glyphs are used.
 *
 * fontkit takes the whole file as one buffer, but a CJK TrueType font is 90% `glyf` outlines (13 of
 * Noto Serif SC's 14 MB) and a document draws a few hundred of its 65,000 glyphs. So the buffer has the
 * file's size, everything outside `glyf` is read at once, and each glyph's outline is read from the
 * file the first time fontkit asks for that glyph — every path to an outline (measuring, drawing,
 * subsetting, composite glyphs' parts) goes through `getGlyph`. Other fonts (collections, CFF, WOFF,
 * colour fonts) are read whole.
 */
export function readFont(path: string, postscriptName?: string): Font | undefined {
  const fd = openSync(path, 'r')
  try {
    const stat = fstatSync(fd)
    const tables = stat.size > SPARSE_MIN_BYTES ? sparseTables(fd) : undefined
    if (!tables) return fontOf(readFileSync(fd), postscriptName)
    const { glyf } = tables
    const bytes = Buffer.alloc(stat.size)
    readAt(fd, bytes, 0, glyf.offset)
    readAt(fd, bytes, glyf.offset + glyf.length, stat.size - glyf.offset - glyf.length)
    const font = fontOf(bytes, postscriptName)
    if (font) readOutlinesOnDemand(font, outlineReader(path, stat), bytes, glyf.offset, locaOffsets(font, bytes, tables))
    return font
  } finally {
    closeSync(fd)
  }
}

/** Below this, reading the whole file is as quick as reading it in parts. */
const SPARSE_MIN_BYTES = 2 * 1024 * 1024

interface TableRange {
  offset: number
  length: number
}

/** Where the tables that place each glyph's outline are. */
interface SparseTables {
  glyf: TableRange
  loca: TableRange
  head: TableRange
}

/** The outline tables of a plain TrueType file without colour layers; otherwise none. */
function sparseTables(fd: number): SparseTables | undefined {
  const header = Buffer.alloc(12)
  readAt(fd, header, 0, 12, 0)
  const version = header.readUInt32BE(0)
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) return undefined
  const numTables = header.readUInt16BE(4)
  const directory = Buffer.alloc(numTables * 16)
  readAt(fd, directory, 0, directory.length, 12)
  const tables = new Map<string, TableRange>()
  for (let i = 0; i < numTables; i++) {
    const at = i * 16
    tables.set(directory.toString('latin1', at, at + 4), { offset: directory.readUInt32BE(at + 8), length: directory.readUInt32BE(at + 12) })
  }
  const [glyf, loca, head] = [tables.get('glyf'), tables.get('loca'), tables.get('head')]
  if (!glyf || !loca || !head || head.length < 54 || tables.has('COLR')) return undefined
  return { glyf, loca, head }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** fontkit's decoded tables by tag (its typings leave them out). */
interface FontkitTables {
  _tables: Record<string, unknown>
}

/**
 * The glyphs' outline offsets (OpenType `loca`) read straight from the file's bytes and given to fontkit
 * as its decoded table. fontkit's generic decoder reads the 65,000 entries of a CJK font one by one
 * through its struct machinery, which cost more than every other table of the font together.
 */
function locaOffsets(font: Font, bytes: Buffer, { loca, head }: SparseTables): Uint32Array {
  // head.indexToLocFormat (offset 50): 0 = 16-bit offsets stored halved, 1 = 32-bit offsets.
  const long = bytes.readInt16BE(head.offset + 50) === 1
  const size = long ? 4 : 2
  // A copy of the table, byte-swapped natively (a loop over 65,000 entries runs uncompiled at start-up).
  const table = new Uint8Array(size * Math.floor(loca.length / size))
  table.set(bytes.subarray(loca.offset, loca.offset + table.length))
  if (LITTLE_ENDIAN) {
    const swapped = Buffer.from(table.buffer)
    if (long) swapped.swap32()
    else swapped.swap16()
  }
  const offsets = long ? new Uint32Array(table.buffer) : Uint32Array.from(new Uint16Array(table.buffer))
  if (!long) for (let i = 0; i < offsets.length; i++) offsets[i]! *= 2
  const decoded = (font as unknown as FontkitTables)._tables
  decoded.loca = { version: long ? 1 : 0, offsets }
  return offsets
}

function fontOf(bytes: Buffer, postscriptName?: string): Font | undefined {
  const opened = fontkit.create(bytes, postscriptName)
  return 'fonts' in opened ? opened.fonts[0] : opened
}

/** Reads `length` bytes at `position` in the file into `into` at `offset` (the same place, unless given). */
function readAt(fd: number, into: Buffer, offset: number, length: number, position = offset): void {
  let done = 0
  while (done < length) {
    const n = readSync(fd, into, offset + done, length - done, position + done)
    if (n === 0) break
    done += n
  }
}

type ReadInto = (into: Buffer, offset: number, length: number) => void

/**
 * Reads from the font file in bursts: the file is opened at the first read and closed once the current
 * task is done (a page drawn, a subset embedded), so no descriptor outlives its use — an export worker
 * that ends never leaves one behind, and the file is never held open. A file changed since it was first
 * read is refused rather than mixed with the outlines already read.
 */
function outlineReader(path: string, first: { size: number; mtimeMs: number }): ReadInto {
  let fd: number | undefined
  return (into, offset, length) => {
    if (fd === undefined) {
      const opened = openSync(path, 'r')
      const now = fstatSync(opened)
      if (now.size !== first.size || now.mtimeMs !== first.mtimeMs) {
        closeSync(opened)
        throw new UserError('font.changed', `字体文件「${path}」在使用过程中被修改或替换，请重新打开文稿后再导出。`)
      }
      fd = opened
      setImmediate(() => {
        closeSync(opened)
        fd = undefined
      })
    }
    readAt(fd, into, offset, length)
  }
}

/** Wraps the font's `getGlyph` so that a glyph's outline is in `bytes` before fontkit can read it. */
function readOutlinesOnDemand(font: Font, read: ReadInto, bytes: Buffer, glyfOffset: number, loca: Uint32Array): void {
  const getGlyph = font.getGlyph.bind(font)
  const loaded = new Uint8Array(loca.length)
  font.getGlyph = (id, codePoints) => {
    if (!loaded[id] && id >= 0 && id < loca.length - 1) {
      const start = loca[id]!
      read(bytes, glyfOffset + start, loca[id + 1]! - start)
      loaded[id] = 1
    }
    return getGlyph(id, codePoints)
  }
}
