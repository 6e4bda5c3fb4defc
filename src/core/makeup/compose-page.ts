import type { Article } from '../model/article'
import type { PageDocument, PageSpec } from '../page/page'
import type { ResolvedPagePreset } from '../page/page-preset'
import type { Thread } from '../page/threads'
import { threadsOf } from '../page/threads'
import type { SectionHeadingTemplate } from '../styles/templates'
import type { FontSource } from '../typeset/font-metrics'
import type { Bookmark, Layout, Page } from '../typeset/frame'
import type { ImageSize } from '../typeset/text-slabs'
import { substitutionWarnings } from '../typeset/typeset'
import type { PlacedThread } from './compose-thread'
import { composeThread } from './compose-thread'
import { contentRows } from './grid'
import type { FrameReport, PageMakeup } from './page-makeup'
import { composePageHead } from './page-head'
import { separators } from './separators'
import { numberFrom } from './structure-numbers'
import type { StoryCache } from './story'

/**
 * Page document + page preset + fonts → one Layout for every page of the document (what the PDF
 * writer and the print preview draw), and a report per frame for the 版面 view: its rectangle, overset
 * and empty rows, and what is wrong with it. A composer keeps each article's composed parts and each
 * thread's placed frames, so composing again after an edit sets only the threads the edit touched.
 */

export interface PageInput {
  doc: PageDocument
  preset: ResolvedPagePreset
  /** Pixel sizes of the images the output can draw, by article key then asset id. */
  images: Readonly<Record<string, Readonly<Record<string, ImageSize>>>>
}

export type PageComposer = (input: PageInput) => PageMakeup

/** The id an image item carries on a page: its article's key and its asset id (asset ids repeat across articles). */
export function pageAsset(article: string, asset: string): string {
  return `${article}/${asset}`
}

/** What a thread's result depends on besides its article: its frames, their pages' numbers and 报头, the image sizes. */
function threadKey(doc: PageDocument, thread: Thread, images: PageInput['images']): string {
  return JSON.stringify([thread.frames.map((t) => [t.page, doc.pages[t.page]!.number, !!doc.pages[t.page]!.masthead, t.frame]), images[thread.article] ?? {}])
}

export function createPageComposer(fonts: FontSource, templates: readonly SectionHeadingTemplate[]): PageComposer {
  const stories = new WeakMap<ResolvedPagePreset, StoryCache>()
  const threads = new WeakMap<ResolvedPagePreset, WeakMap<Article, { key: string; placed: PlacedThread }>>()
  return ({ doc, preset, images }) => {
    let cache = stories.get(preset)
    if (!cache) stories.set(preset, (cache = new WeakMap()))
    let placedBy = threads.get(preset)
    if (!placedBy) threads.set(preset, (placedBy = new WeakMap()))
    const placed = threadsOf(doc).map((thread) => {
      const article = doc.articles[thread.article]!
      const key = threadKey(doc, thread, images)
      const known = placedBy.get(article)
      if (known?.key === key) return known.placed
      const result = composeThread({ thread, doc, preset, story: { fonts, templates, images: images[thread.article] ?? {} }, cache })
      placedBy.set(article, { key, placed: result })
      return result
    })
    return assemble(doc, preset, fonts, placed)
  }
}

function assemble(doc: PageDocument, preset: ResolvedPagePreset, fonts: FontSource, threads: readonly PlacedThread[]): PageMakeup {
  const pages: Page[] = doc.pages.map((p) => {
    const head = composePageHead(doc, p, preset, fonts)
    return { label: String(p.number), lines: [...head.lines], items: [...separators(preset, p), ...head.items] }
  })
  const bookmarks: Bookmark[] = []
  const reports: FrameReport[] = []
  let element = 0
  for (const thread of threads) {
    const from = element
    for (const f of thread.frames) {
      const page = pages[f.at.page]!
      const numbered = numberFrom(from, f.lines, f.items)
      element = Math.max(element, numbered.next)
      page.lines.push(...numbered.lines)
      page.items.push(...numbered.items.map((i) => (i.kind === 'image' ? { ...i, asset: pageAsset(f.report.article, i.asset) } : i)))
      if (f.bookmark) bookmarks.push(f.bookmark)
      reports.push({ ...f.report, problems: [...f.report.problems, ...gridProblems(doc, preset, f.at.page, f.report.id)] })
    }
  }
  const order = new Map(doc.pages.flatMap((p) => p.frames.map((f, i) => [f.id, i] as const)))
  reports.sort((a, b) => a.page - b.page || order.get(a.id)! - order.get(b.id)!)
  bookmarks.sort((a, b) => a.page - b.page || a.y - b.y)
  const composed = threads.flatMap((t) => t.notes)
  const warnings = [
    ...substitutionWarnings(composed.flatMap((c) => c.substitutions)),
    ...new Set(composed.flatMap((c) => c.warnings)),
    ...reports.flatMap((r) => frameWarnings(doc, r)),
  ]
  const { bleed, cropMarks, processColor, printCondition } = preset.articles[0]!
  const layout: Layout = {
    geometry: { width: preset.grid.pageWidth, height: preset.grid.pageHeight, bleed, cropMarks, processColor, ...(processColor ? { printCondition } : {}) },
    pages,
    bookmarks,
    blockPages: [],
    warnings,
    overflows: reports.flatMap((r) => (r.overset ? [{ kind: 'overset' as const, page: r.page, text: r.oversetText ?? '', lines: r.overset }] : [])),
  }
  return { layout, frames: reports }
}

/** A frame off the page's grid, or over another frame. */
function gridProblems(doc: PageDocument, preset: ResolvedPagePreset, pageIndex: number, id: string): string[] {
  const page: PageSpec = doc.pages[pageIndex]!
  const frame = page.frames.find((f) => f.id === id)!
  const problems: string[] = []
  const rows = contentRows(preset, page)
  if (frame.column + frame.columns > preset.grid.columns || frame.row + frame.rows > rows)
    problems.push(`版框超出版心：版心是 ${preset.grid.columns} 栏 × ${rows} 行，版框占第 ${frame.column + 1}–${frame.column + frame.columns} 栏、第 ${frame.row + 1}–${frame.row + frame.rows} 行。`)
  for (const o of page.frames) {
    if (o.id === id) continue
    if (frame.column < o.column + o.columns && o.column < frame.column + frame.columns && frame.row < o.row + o.rows && o.row < frame.row + frame.rows)
      problems.push(`与「${doc.articles[o.article]?.meta.title || o.id}」的版框重叠。`)
  }
  return problems
}

/** What the reader of an export should know about a frame. */
function frameWarnings(doc: PageDocument, r: FrameReport): string[] {
  const where = `第${doc.pages[r.page]!.number}版「${r.title || r.id}」`
  return [...(r.overset ? [`${where}：有 ${r.overset} 行排不下（从「${r.oversetText ?? ''}」起）。`] : []), ...r.problems.map((p) => `${where}：${p}`)]
}

