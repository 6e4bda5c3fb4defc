import type { Article } from '../model/article'
import type { ArticleFrame, HeadlineSpec, HeadlineWeight, PageDocument, PageSpec } from '../page/page'
import type { ResolvedPagePreset } from '../page/page-preset'
import type { SectionHeadingTemplate } from '../styles/templates'
import type { FontSource } from '../typeset/font-metrics'
import type { ImageSize } from '../typeset/text-slabs'
import { composeThread } from './compose-thread'
import { contentRows } from './grid'
import type { StoryCache } from './story'
import { composeHead, leadImage } from './story'
import { frameGeometry, spanWidth } from './frame-geometry'
import type { FrameReport } from './page-makeup'

/**
 * The automatic first draft of a page (拼版初稿): given the stories in order of importance (or one marked
 * 头条) it tiles the content area with one frame each, the way a page is blocked out by hand — cut into
 * rectangles, stories in order from the top left. The 头条 takes the top left, the strongest place of a
 * horizontal page (区序: 上左, then 上右, 下右, 下左), at least half the width and with the largest
 * headline; the next stories stand beside it or below, stacked in column groups. Headline sizes step
 * down with importance and never break a 主题 into more than two lines. Every frame is as tall as its
 * story needs — measured by composing it — so nothing is overset where the stories fit; what cannot
 * fit is left off and reported, and the rows a frame has to spare go to the white round its headline
 * before any are left empty.
 */

export interface DraftStory {
  key: string
  article: Article
  /** The 头条, whatever its place in the list. */
  lead?: boolean
  /** A 竖题 rather than a headline across: the draft otherwise gives one to a short story with a short title. */
  headline?: HeadlineSpec['direction']
}

export interface DraftInput {
  stories: readonly DraftStory[]
  preset: ResolvedPagePreset
  /** The page's 版次, 版名, editors and 报头 (its frames are ignored). */
  page: Omit<PageSpec, 'frames'>
  fonts: FontSource
  templates: readonly SectionHeadingTemplate[]
  /** Pixel sizes of the images by story key, then asset id. */
  images: Readonly<Record<string, Readonly<Record<string, ImageSize>>>>
  cache?: StoryCache
}

export interface PageDraft {
  frames: ArticleFrame[]
  /** Stories left off because the page cannot hold them, least important first to go. */
  unplaced: string[]
  /** Rows left empty in the draft (a page short of copy shows where). */
  emptyRows: number
}

/** Weights by rank: the 头条, the 二条, then two steps for the rest. */
const RANK_WEIGHTS: readonly HeadlineWeight[] = [1, 2, 3, 3, 4, 4, 5, 5]
/** A story in one column may run this share of the page's height at most; taller it reads as a ribbon. */
const RIBBON = 0.55
/** Rows per column below which a frame is wider than half its height. */
const STRIP = 5
/** A 竖题 goes to a story whose 主题 has at most this many characters. */
const SHORT_TITLE = 8

interface Sized {
  weight: HeadlineWeight
  headline: HeadlineSpec
  figure?: { columns: number }
  /** Rows the frame needs (without the row kept above it for a rule). */
  rows: number
  /** Rows of white its headline can take when the frame is taller. */
  give: number
}

export function draftPage(input: DraftInput): PageDraft {
  const { preset, fonts, templates, images } = input
  const cache: StoryCache = input.cache ?? new WeakMap()
  const C = preset.grid.columns
  const pageSpec: PageSpec = { ...input.page, frames: [] }
  const R = contentRows(preset, pageSpec)
  const ordered = [...input.stories.filter((s) => s.lead), ...input.stories.filter((s) => !s.lead)]
  const verticalKey = ordered.find((s) => s.headline === 'vertical')?.key ?? (ordered.some((s) => s.headline) ? undefined : shortFeature(ordered))

  const sized = new Map<string, Sized | undefined>()
  /** The story at `rank` in a frame `w` columns wide: its headline, image span and the rows it needs. */
  const size = (rank: number, w: number): Sized | undefined => {
    const s = ordered[rank]!
    const key = `${rank}|${w}`
    if (sized.has(key)) return sized.get(key)
    const vertical = s.key === verticalKey && w >= 2
    const figure = leadImage(s.article) >= 0 ? { columns: vertical ? w - 1 : w <= 2 ? w : Math.ceil(w / 2) } : undefined
    let weight = RANK_WEIGHTS[Math.min(rank, RANK_WEIGHTS.length - 1)]!
    const probe: ArticleFrame = { id: 'probe', article: s.key, column: 0, columns: w, row: 0, rows: R, headline: { direction: 'across', columns: w, weight, side: 'right' } }
    if (!vertical) {
      const span = spanWidth(frameGeometry(preset, pageSpec, probe), w)
      while (weight < 5 && composeHead(cache, story(s.key), s.article, preset.articles[weight - 1]!, span, true).slabs.length > 2) weight++
    }
    const headline: HeadlineSpec = vertical ? { direction: 'vertical', columns: 1, weight: Math.max(weight, 3) as HeadlineWeight, side: 'right' } : { ...probe.headline, weight }
    const frame = { ...probe, headline, ...(figure ? { figure } : {}) }
    const result = fitRows(frame)
    sized.set(key, result && { weight, headline, ...(figure ? { figure } : {}), rows: result.rows, give: result.give })
    return sized.get(key)
  }

  const story = (key: string) => ({ fonts, templates, images: images[key] ?? {} })
  const docWith = (frame: ArticleFrame): PageDocument => ({
    version: 1,
    preset: preset.id,
    paper: { name: '—' },
    date: '2000-01-01',
    pages: [{ ...pageSpec, frames: [frame] }],
    articles: Object.fromEntries(ordered.map((s) => [s.key, s.article])),
  })
  const trial = (frame: ArticleFrame) => {
    const doc = docWith(frame)
    return composeThread({ thread: { article: frame.article, frames: [{ frame, page: 0, index: 0 }] }, doc, preset, story: story(frame.article), cache }).frames[0]!.report
  }
  /**
   * The fewest rows with nothing overset: what a full-height frame could spare. A 竖题 is set again in
   * the shorter frame and may need more lines than its column holds, so that frame is checked.
   */
  const fitRows = (frame: ArticleFrame): { rows: number; give: number } | undefined => {
    const full = trial({ ...frame, rows: R })
    if (full.overset || full.problems.length) return undefined
    let rows = Math.max(1, R - full.spareRows)
    if (frame.headline.direction === 'vertical') while (rows < R && trial({ ...frame, rows }).problems.length) rows++
    return { rows, give: frame.headline.direction === 'across' ? Math.max(2, headRowsOf(frame)) : 0 }
  }
  const headRowsOf = (frame: ArticleFrame) => {
    const s = ordered.find((o) => o.key === frame.article)!
    const span = spanWidth(frameGeometry(preset, pageSpec, frame), frame.headline.columns)
    const head = composeHead(cache, story(s.key), s.article, preset.articles[frame.headline.weight - 1]!, span, false)
    return Math.ceil(head.slabs.reduce((h, x, k) => h + (k ? x.spaceBefore : 0) + x.height, 0) / preset.grid.pitch - 1e-6)
  }

  // Leave the least important stories off only while that is cheaper than the best page so far.
  let best: Tiling | undefined
  let placed = 0
  for (let count = ordered.length; count >= 1 && (!best || best.cost > DROP * (ordered.length - count)); count--) {
    const tiling = tilePage(count, C, R, size)
    const cost = (tiling?.cost ?? Infinity) + DROP * (ordered.length - count)
    if (tiling && cost < (best?.cost ?? Infinity)) [best, placed] = [{ ...tiling, cost }, count]
  }
  if (!best) return { frames: [], unplaced: ordered.map((s) => s.key), emptyRows: R * C }
  return toDraft(best, ordered.slice(0, placed), ordered.slice(placed), size, trial)
}

/** A short story with a short title gets the page's 竖题, for the variety a page wants. */
function shortFeature(stories: readonly DraftStory[]): string | undefined {
  const text = (a: Article) => a.blocks.reduce((n, b) => n + ('children' in b ? JSON.stringify(b.children).length : 0), 0)
  const candidates = stories.slice(1).filter((s) => [...s.article.meta.title].length <= SHORT_TITLE && !s.article.meta.kicker && leadImage(s.article) < 0)
  return candidates.sort((a, b) => text(a.article) - text(b.article))[0]?.key
}

/** Cost of leaving a story off: more than a few empty rows, less than any overset. */
const DROP = 400
/** Cost per row down and per column right, for each step of importance a story has over the last one. */
const DOWN = 0.3
const RIGHT = 0.6

/** A story's frame in a tiling, relative to the tiling's rectangle. */
interface Leaf {
  rank: number
  column: number
  columns: number
  row: number
  rows: number
  /** Rows it needs and rows of white its headline can take. */
  spare: number
}

interface Tiling {
  cost: number
  leaves: Leaf[]
}

type SizeOf = (rank: number, w: number) => Sized | undefined

/** A frame below another keeps a row for the rule between them. */
const gutterOf = (top: boolean) => (top ? 0 : 1)

/**
 * The cheapest way to tile a `w` × `h` rectangle with stories `first` … `last − 1` in order (guillotine
 * cuts, as a page is blocked out): the first story on top of the rest, or the stories split into two
 * groups side by side, the more important on the left; on the page's top, also a band of the 头条 and
 * the stories beside it over the rest. A story's frame costs its rows beyond what it needs and its
 * headline can take (empty rows), and a little for ribbons and strips; one that does not fit rules
 * the tiling out.
 */
function tilePage(count: number, C: number, R: number, size: SizeOf): Tiling | undefined {
  const memo = new Map<number, Tiling | undefined>()
  // No tiling of a rectangle smaller than its stories' least area: most rectangles are ruled out at once.
  const least = Array.from({ length: count }, (_, r) => Math.min(...Array.from({ length: C }, (_, w) => (size(r, w + 1)?.rows ?? Infinity) * (w + 1))))
  const leastFrom = least.reduceRight((acc, a) => [a + (acc[0] ?? 0), ...acc], [] as number[])
  const shift = (t: Tiling, dc: number, dr: number): Leaf[] => t.leaves.map((l) => ({ ...l, column: l.column + dc, row: l.row + dr }))

  const leaf = (rank: number, w: number, h: number, top: boolean): Tiling | undefined => {
    const s = size(rank, w)
    const need = s && s.rows + gutterOf(top)
    if (!s || need === undefined || need > h) return undefined
    // The 头条 spans at least half the page.
    if (rank === 0 && w < Math.ceil(C / 2)) return undefined
    const spare = h - need
    let cost = 10 * w * Math.max(0, spare - s.give) + spare
    if (w === 1 && s.rows > R * RIBBON) cost += 30 * (s.rows - R * RIBBON)
    if (s.rows < STRIP * w) cost += 6 * (STRIP * w - s.rows)
    return { cost, leaves: [{ rank, column: 0, columns: w, row: 0, rows: h, spare }] }
  }

  // 区序: the lower and the further right a story stands, the weaker its place; more so for an important one.
  // A tiling moved down or right costs that much more for each of its stories, so sub-tilings stay reusable.
  const importance = (first: number, last: number) => ((last - first) * (2 * count - first - last + 1)) / 2
  const down = (t: Tiling, first: number, last: number, rows: number) => t.cost + DOWN * rows * importance(first, last)
  const across = (t: Tiling, first: number, last: number, columns: number) => t.cost + RIGHT * columns * importance(first, last)

  const tile = (first: number, last: number, w: number, h: number, top: boolean): Tiling | undefined => {
    if (leastFrom[first]! - (leastFrom[last] ?? 0) > w * h) return undefined
    const key = (((first * 32 + last) * 32 + w) * 1024 + h) * 2 + (top ? 1 : 0)
    if (memo.has(key)) return memo.get(key)
    let best: Tiling | undefined
    const consider = (t: Tiling | undefined) => {
      if (t && t.cost < (best?.cost ?? Infinity)) best = t
    }
    if (last - first === 1) best = leaf(first, w, h, top)
    else {
      // The first story on top, as tall as it needs or with white for its headline; the rest below.
      const s = size(first, w)
      if (s && !(first === 0 && w < Math.ceil(C / 2)))
        for (let extra = 0; extra <= s.give; extra++) {
          const h1 = s.rows + gutterOf(top) + extra
          if (h1 >= h) break
          const above = leaf(first, w, h1, top)
          const below = above && tile(first + 1, last, w, h - h1, false)
          if (above && below) consider({ cost: above.cost + down(below, first + 1, last, h1), leaves: [...above.leaves, ...shift(below, 0, h1)] })
        }
      // Two groups side by side.
      for (let k = first + 1; k < last; k++)
        for (let w1 = 1; w1 < w; w1++) {
          const left = tile(first, k, w1, h, top)
          const right = left && tile(k, last, w - w1, h, top)
          if (left && right) consider({ cost: left.cost + across(right, k, last, w1), leaves: [...left.leaves, ...shift(right, w1, 0)] })
        }
      // At the page's top: the 头条 and up to two stories beside it in a band, the rest below it.
      if (first === 0 && top && w === C)
        for (let k = 2; k <= Math.min(3, last - 1); k++)
          for (const h1 of bandHeights(size, C)) {
            if (h1 >= h) continue
            const band = tile(0, k, w, h1, true)
            const below = band && tile(k, last, w, h - h1, false)
            if (band && below) consider({ cost: band.cost + down(below, k, last, h1), leaves: [...band.leaves, ...shift(below, 0, h1)] })
          }
    }
    memo.set(key, best)
    return best
  }
  return tile(0, count, C, R, true)
}

/** Heights a band with the 头条 may take: what the 头条 needs at each width from half the page, and a few rows more. */
function bandHeights(size: SizeOf, C: number): number[] {
  const heights = new Set<number>()
  for (let w = Math.ceil(C / 2); w < C; w++) {
    const s = size(0, w)
    if (s) for (let extra = 0; extra <= s.give + 2; extra++) heights.add(s.rows + extra)
  }
  return [...heights]
}

/** Frames from a tiling: each story's frame as the tiling cut it, and the rows its columns leave empty as set (`trial`). */
function toDraft(tiling: Tiling, placed: readonly DraftStory[], left: readonly DraftStory[], size: SizeOf, trial: (frame: ArticleFrame) => FrameReport): PageDraft {
  const frames = [...tiling.leaves]
    .sort((a, b) => a.rank - b.rank)
    .map((l): ArticleFrame => {
      const s = size(l.rank, l.columns)!
      return {
        id: `frame-${placed[l.rank]!.key}`,
        article: placed[l.rank]!.key,
        column: l.column,
        columns: l.columns,
        row: l.row,
        rows: l.rows,
        headline: s.headline,
        ...(s.figure ? { figure: s.figure } : {}),
        ...(l.columns >= 3 && s.headline.direction === 'across' ? { columnRules: true as const } : {}),
      }
    })
  const emptyRows = frames.reduce((n, f) => n + trial(f).emptyRows, 0)
  return { frames, unplaced: left.map((s) => s.key), emptyRows }
}
