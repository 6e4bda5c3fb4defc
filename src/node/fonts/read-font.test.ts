import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import type { Font } from 'fontkit'
import { describe, expect, it } from 'vitest'
import { bundledFontPath } from './bundled-fonts'
import { readFont } from './read-font'

const wholeFont = (path: string): Font => fontkit.create(readFileSync(path)) as Font

/** Han, marks, Latin with accents (composite glyphs in Noto), digits, symbols. */
const TEXT = '版心排版：“引号”《书名》——破折号……省略号。Ångström café naïve ﬁ 2026年11月 ①②③ ±×÷'

const subsetBytes = (font: Font, text: string): Uint8Array => {
  const subset = font.createSubset()
  for (const g of font.layout(text).glyphs) subset.includeGlyph(g)
  return subset.encode()
}

describe('readFont', () => {
  it.each(['song', 'hei-bold'] as const)('%s: reads outlines on demand and gives the same layout, outlines and subset as the whole file', (face) => {
    const path = bundledFontPath(face)
    const sparse = readFont(path)!
    const whole = wholeFont(path)
    const a = sparse.layout(TEXT)
    const b = whole.layout(TEXT)
    expect(a.glyphs.map((g) => g.id)).toEqual(b.glyphs.map((g) => g.id))
    expect(a.positions).toEqual(b.positions)
    expect(a.glyphs.map((g) => g.path.toSVG())).toEqual(b.glyphs.map((g) => g.path.toSVG()))
    expect(a.glyphs.map((g) => g.bbox)).toEqual(b.glyphs.map((g) => g.bbox))
    expect(Buffer.from(subsetBytes(sparse, TEXT)).equals(Buffer.from(subsetBytes(whole, TEXT)))).toBe(true)
  })

  it.each(['song', 'hei-bold'] as const)('%s: gives fontkit the glyph offsets (loca) it would decode itself', (face) => {
    const path = bundledFontPath(face)
    const offsets = (font: Font) => Array.from((font as unknown as { loca: { offsets: ArrayLike<number> } }).loca.offsets)
    expect(offsets(readFont(path)!)).toEqual(offsets(wholeFont(path)))
  })

  it('leaves the outlines of glyphs nobody asked for unread', () => {
    const font = readFont(bundledFontPath('song'))!
    const glyf = (font as unknown as { directory: { tables: { glyf: { offset: number; length: number } } } }).directory.tables.glyf
    const bytes = (font as unknown as { stream: { buffer: Buffer } }).stream.buffer
    font.layout('版心')
    const outlines = bytes.subarray(glyf.offset, glyf.offset + glyf.length)
    expect(outlines.some((b) => b !== 0)).toBe(true)
    expect(outlines.filter((b) => b !== 0).length).toBeLessThan(4000)
  })

  it('holds the file open only while it reads: an export worker that ends leaves no descriptor behind', async ({ skip }) => {
    skip(!existsSync('/proc/self/fd'), 'no /proc/self/fd to count open descriptors (not Linux)')
    const path = bundledFontPath('song')
    /** Descriptors of this process open on the font file. */
    const open = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === path
        } catch {
          return false
        }
      }).length
    // Reads by the tests before this one end with their task.
    await new Promise((done) => setImmediate(done))
    const font = readFont(path)!
    expect(open(), 'nothing open between uses').toBe(0)
    subsetBytes(font, '版心排版，中文')
    expect(open(), 'one file open during a burst of reads').toBe(1)
    await new Promise((done) => setImmediate(done))
    expect(open()).toBe(0)
  })

  it('refuses, in Chinese, a font file replaced while it is in use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banxin-font-'))
    try {
      const path = join(dir, 'song.ttf')
      copyFileSync(bundledFontPath('song'), path)
      const font = readFont(path)!
      font.layout('版心')
      await new Promise((done) => setImmediate(done))
      utimesSync(path, new Date(), new Date(Date.now() + 60_000))
      expect(() => font.layout('排版').glyphs.map((g) => g.path)).toThrow(/字体文件「.+song\.ttf」在使用过程中被修改或替换/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
