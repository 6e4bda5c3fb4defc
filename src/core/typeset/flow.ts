import type { Bookmark, Line, PageItem } from './frame'
import type { Slab } from './slab'
import { placeSlab } from './slab'

/**
 * Flows composed slabs into a sequence of frames (column rectangles on pages), in order. When a slab
 * does not fit, the frame ends at the last place a break is allowed — so headings stay with the lines
 * after them, images with their captions, and paragraphs keep their widows and orphans — or, if there
 * is none, where the slab overflowed. On a grid (公文) the rows a kept heading leaves empty are filled by
 * setting a paragraph above it one line longer (伸行), so a full frame keeps all its rows. When the
 * frames run out, the slabs left over are returned: a page compositor continues them elsewhere (转版)
 * or reports them as overset.
 *
 * Frames should be as wide as the measure the slabs were composed for; their position and height
 * are free (an L-shaped article is a frame sequence of different heights).
 */

export interface Frame {
  /** The page (0-based) the frame is on; lines come back in that page's coordinates. */
  page: number
  left: number
  top: number
  width: number
  height: number
}

export interface FilledFrame {
  frame: Frame
  lines: Line[]
  items: PageItem[]
  /** Height taken from the frame's top, pt. */
  used: number
}

export interface Flow {
  /** Every frame reached, in order, with what was placed in it. */
  frames: FilledFrame[]
  bookmarks: Bookmark[]
  /** The first page each article block was placed on, by block index (blocks merged into another are absent). */
  blockPages: Map<number, number>
  /** What did not fit when the frames ran out (overset), in order. */
  rest: Slab[]
  /** Slabs taller than a whole frame, placed anyway at the top of an empty frame, with that frame's page and the height they stick out. */
  tooTall: { slab: Slab; page: number; by: number }[]
}

const EPS = 1e-6

/**
 * `measureOnly`: how far the slabs go and what is left, without placing their lines — for a compositor
 * that tries many frame heights (balancing columns, sizing frames) before it places the one it keeps.
 */
export function flowSlabs(input: readonly Slab[], frameAt: (index: number) => Frame | undefined, measureOnly = false): Flow {
  const slabs = input.slice()
  const out: Flow = { frames: [], bookmarks: [], blockPages: new Map(), rest: [], tooTall: [] }
  let frame = frameAt(0)
  let placed: { slab: number; y: number }[] = []
  let used = 0

  const finishFrame = (f: Frame) => {
    const filled: FilledFrame = { frame: f, lines: [], items: [], used }
    for (const { slab: at, y } of measureOnly ? [] : placed) {
      const slab = slabs[at]!
      const top = f.top + y
      const { lines, items } = placeSlab(slab, f.left, top)
      filled.lines.push(...lines)
      filled.items.push(...items)
      if (slab.bookmark) out.bookmarks.push({ ...slab.bookmark, page: f.page, y: top })
      if (slab.block !== undefined && !out.blockPages.has(slab.block)) out.blockPages.set(slab.block, f.page)
    }
    out.frames.push(filled)
    placed = []
    used = 0
  }

  /** Sets the paragraph above slab `end` in this frame that stretches least one line longer; false if none can be. */
  const lengthenBefore = (end: number): boolean => {
    let best: { at: number; slabs: Slab[]; stretch: number } | undefined
    for (const { slab: at } of placed) {
      const s = slabs[at]!
      if (!s.loosen || at + s.loosen.count > end) continue
      const longer = s.loosen.make()
      if (longer && (!best || longer.stretch < best.stretch)) best = { at, ...longer }
    }
    if (!best) return false
    const s = slabs[best.at]!
    const count = s.loosen!.count
    // Copies: a paragraph's longer setting is made once and offered again to every later flow.
    const longer = best.slabs.map((slab) => ({ ...slab, block: s.block, structure: s.structure }))
    // The longer paragraph takes over the first slab's space, keeps and bookmark; it is not lengthened twice.
    longer[0] = { ...longer[0]!, spaceBefore: s.spaceBefore, breakBefore: s.breakBefore, bookmark: s.bookmark, loosen: undefined }
    for (let j = 1; j < count; j++) if (!slabs[best.at + j]!.breakBefore) longer[j]!.breakBefore = false
    slabs.splice(best.at, count, ...longer)
    return true
  }

  let i = 0
  let index = 0
  while (frame && i < slabs.length) {
    const s = slabs[i]!
    const space = placed.length ? s.spaceBefore : 0
    if (used + space + s.height <= frame.height + EPS || !placed.length) {
      if (!placed.length && s.height > frame.height + EPS) out.tooTall.push({ slab: s, page: frame.page, by: s.height - frame.height })
      placed.push({ slab: i, y: used + space })
      used += space + s.height
      i++
      continue
    }
    let cut = placed.length
    if (!s.breakBefore) {
      let k = placed.length - 1
      while (k > 0 && !slabs[placed[k]!.slab]!.breakBefore) k--
      if (k > 0) cut = k
    }
    if (cut < placed.length && lengthenBefore(placed[cut]!.slab)) {
      i = placed[0]!.slab
      placed = []
      used = 0
      continue
    }
    const moved = placed.splice(cut)
    if (moved.length) i = moved[0]!.slab
    used = placed.length ? placed[placed.length - 1]!.y + slabs[placed[placed.length - 1]!.slab]!.height : 0
    finishFrame(frame)
    frame = frameAt(++index)
  }
  if (frame) finishFrame(frame)
  out.rest = slabs.slice(i)
  return out
}
