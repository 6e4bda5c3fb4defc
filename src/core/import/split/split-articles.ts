import { inlineText } from '../../model/text'
import type { SourceItem } from '../source-item'
import { briefStarts, bulletOf, isBriefText, isRoundupHeading } from './briefs'
import {
  isPageName,
  isPageNavigation,
  paperName,
  pageLabel,
  type PageLabel,
} from './page-furniture'
import { weekdayDate } from '../recognise/line-shapes'
import { storyStarts } from './story-start'

/**
 * Splits a page that holds several articles (an e-paper page with its stories, a roundup of briefs)
 * into one item list per article, and sets apart what belongs to none of them: the page label, the
 * paper's name, the page navigation (issue 12 defect 5; issue 17: an e-paper page straight onto a 版面).
 * A portal page is one article: without the evidence below the page stays whole.
 *
 * - stories: two or more headline stacks each right above a byline or a 电头 (story-start.ts);
 * - briefs: a roundup heading (「要闻简报」) over items, or bulleted items on a page with a page label.
 */

export type PageKind = 'single' | 'stories' | 'briefs'

export interface SplitArticle {
  items: readonly SourceItem[]
  /** The roundup's heading, the column (栏目) every brief in it belongs to. */
  column?: string
}

export interface SetApart {
  /** Index of the line's item in the page's items. */
  at: number
  text: string
  reason: string
}

export interface PageSplit {
  kind: PageKind
  /** In page order; one for a page that is one article. */
  articles: SplitArticle[]
  /** The page's items without the furniture, in order: the page read as one article. */
  kept: readonly SourceItem[]
  /** Lines that belong to no article, with why, in page order. */
  none: SetApart[]
  /** The page label, for the 版头 (版次, 版名) of a page made from the split. */
  label?: PageLabel
  /** The date (YYYY-MM-DD) over an e-paper page, for every article on it. */
  date?: string
  /** The paper's name over the page (「柳溪日报」). */
  paper?: string
}

const REASON = {
  label: '电子报的版面标签（版次、版名），不是文章标题；打开为版面时填入版头',
  navigation: '电子报的版面导航（本期其他版）',
  paper: '电子报页面顶部的报纸名称',
  date: '电子报的出版日期，已填入每篇文章的发布时间',
} as const

interface Line {
  /** Index in the page's items. */
  at: number
  text: string
}

const PAPER_ZONE = 3
/** How far down an e-paper page its issue date stands (above the first story). */
const DATE_ZONE = 12

/** The page's text lines, trimmed, each with its item's index: read once, then every rule works on these. */
function textLines(items: readonly SourceItem[]): Line[] {
  const out: Line[] = []
  items.forEach((item, at) => {
    if (item.kind !== 'text') return
    const text = inlineText(item.inlines).trim()
    if (text) out.push({ at, text })
  })
  return out
}

interface Furniture {
  none: SetApart[]
  label?: PageLabel
  date?: string
  paper?: string
}

function firstLabel(lines: readonly Line[]): PageLabel | undefined {
  for (const { text } of lines) {
    const label = pageLabel(text)
    if (label) return label
  }
  return undefined
}

function setApartFurniture(lines: readonly Line[]): Furniture {
  const none: SetApart[] = []
  const label = firstLabel(lines)
  let date: string | undefined
  let paper: string | undefined
  let labelSeen = false
  let navName = false
  // Only a page that names itself as a newspaper page has the rest of an e-paper page's furniture.
  if (!label) return { none }
  lines.forEach(({ at, text }, i) => {
    const found = pageLabel(text)
    const dated = !date && i < DATE_ZONE ? weekdayDate(text) : undefined
    const named = i < PAPER_ZONE ? paperName(text) : undefined
    const reason = found
      ? labelSeen
        ? REASON.navigation
        : REASON.label
      : isPageNavigation(text) || (navName && isPageName(text))
        ? REASON.navigation
        : dated
          ? REASON.date
          : named
            ? REASON.paper
            : undefined
    // A bare 「第02版」 in the page list is followed by that page's name (「要闻」).
    navName = found !== undefined && labelSeen && found.name === undefined
    if (found) labelSeen = true
    if (dated) date = dated
    if (reason === REASON.paper) paper ??= named
    if (reason) none.push({ at, text, reason })
  })
  return { none, label, ...(date ? { date } : {}), ...(paper ? { paper } : {}) }
}

/**
 * The page's items cut at the given item indexes, leaving out those `skip` holds (the first article also
 * takes what stands before its start).
 */
function slice(items: readonly SourceItem[], starts: readonly number[], skip: ReadonlySet<number>): SourceItem[][] {
  const out: SourceItem[][] = starts.map(() => [])
  let j = 0
  items.forEach((item, at) => {
    if (skip.has(at)) return
    while (j + 1 < starts.length && at >= starts[j + 1]!) j++
    out[j]!.push(item)
  })
  return out
}

function briefsOf(
  lines: readonly Line[],
  labelled: boolean,
): { heading?: number; starts: number[] } | undefined {
  const heading = lines.slice(0, 8).findIndex((l) => isRoundupHeading(l.text))
  const texts = lines.map((l) => l.text)
  if (heading >= 0) {
    const starts = briefStarts(texts, heading + 1)
    return starts.length >= 2 ? { heading, starts } : undefined
  }
  if (!labelled) return undefined
  const bulleted = texts.filter((t) => bulletOf(t) && isBriefText(t)).length
  if (bulleted < 2) return undefined
  const starts = briefStarts(texts, 0)
  return starts.length >= 2 ? { starts } : undefined
}

/** The page's articles, from the evidence on the page; see the module comment. */
export function splitArticles(items: readonly SourceItem[]): PageSplit {
  const all = textLines(items)
  const { none, label, date, paper } = setApartFurniture(all)
  const apart = new Set(none.map((n) => n.at))
  const kept = apart.size ? items.filter((_, at) => !apart.has(at)) : items
  const lines = apart.size ? all.filter((l) => !apart.has(l.at)) : all
  const whole = {
    kept,
    none,
    ...(label ? { label } : {}),
    ...(date ? { date } : {}),
    ...(paper ? { paper } : {}),
  }
  const single: PageSplit = { kind: 'single', articles: [{ items: kept }], ...whole }
  const briefs = briefsOf(lines, label !== undefined)
  if (briefs) {
    const column = briefs.heading === undefined ? undefined : lines[briefs.heading]!.text
    const first = briefs.starts[0]!
    // The lines between the heading and the first brief (a 刊发日期/作者 line) apply to every brief.
    const shared = lines.slice((briefs.heading ?? -1) + 1, first).map((l) => l.at)
    const header = shared.map((at) => items[at]!)
    const skip = new Set([...apart, ...shared, ...(briefs.heading === undefined ? [] : [lines[briefs.heading]!.at])])
    const parts = slice(
      items,
      briefs.starts.map((s) => lines[s]!.at),
      skip,
    )
    return {
      kind: 'briefs',
      articles: parts.map((part) => ({ items: [...header, ...part], ...(column ? { column } : {}) })),
      ...whole,
    }
  }
  const starts = storyStarts(lines.map((l) => l.text))
  if (starts.length < 2) return single
  // Text before the first bylined story is a story of its own when it has body text (a page's lead story
  // may carry no byline); otherwise it is the page's top (an issue date) and goes with the first story.
  const before = lines.slice(0, starts[0]!)
  const leading = before.some((l) => isBriefText(l.text) && l.text.length >= 40)
  const at = [...(leading ? [lines[0]!.at] : []), ...starts.map((s) => lines[s]!.at)]
  return { kind: 'stories', articles: slice(items, at, apart).map((part) => ({ items: part })), ...whole }
}
