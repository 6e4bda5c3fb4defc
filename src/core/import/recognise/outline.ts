import { gongwenLevel } from './gongwen-heading'
import { codePoints } from './line-shapes'
import type { TextEntry } from './work'

/**
 * The outline of a document embedded in a 公文 (the 预案, 方案 or 规则 a notice issues), read before the body is
 * walked because its evidence lies in other lines: the document's own title repeats a name the notice quotes in
 * 《》; a 目录 lists the headings that follow, so its entries repeat them and the numbering starts again after
 * it; and decimal headings (「1 总则」「1.1 编制目的」, as GB/T 1.1 and most 预案 number them) are headings only
 * where their numbers continue one another and a section follows each.
 */

export type OutlineRole =
  /** The embedded document's title: a single-line section heading. */
  | { kind: 'document-title'; quoted: 'title' | 'text' }
  /** 「目  录」 over the entries. */
  | { kind: 'contents-label' }
  /** A line of a 目录: kept as a paragraph, as written. */
  | { kind: 'contents-entry' }
  /** A decimal heading: level from the depth of its number, the number kept as written. */
  | { kind: 'decimal'; level: 1 | 2 | 3 | 4; prefix: number; cues: string[] }

export interface Numbered {
  /** `d` for decimal numbers, the unit (章, 节, 编) for chapters. */
  scheme: string
  path: number[]
  /** Length of the number with the spaces after it. */
  prefix: number
}

const HAN = /\p{Script=Han}/u
const STOP = /[。；;！!？?：:，,]/u
const DECIMAL =
  /^(\d{1,2}(?:[.．]\d{1,2}){1,3})[.．]?[\s\u3000]*(?=\p{Script=Han})|^(\d{1,2})[\s\u3000]+(?=\p{Script=Han})/u
const CHAPTER = /^第[\s\u3000]*([一二三四五六七八九十百零〇]{1,4}|\d{1,3})[\s\u3000]*([章节编])[\s\u3000]*/u
const CONTENTS_LABEL = /^目[\s\u3000]*录$/u
/** A heading's text after its number: short, with no sentence inside. */
const MAX_TITLE = 30

/** 「1.2 编制依据」 → d [1, 2]; 「第三章 附则」 → 章 [3]. Only the number's shape: whether it heads a section is decided below. */
export function matchNumbered(line: string): Numbered | undefined {
  const decimal = DECIMAL.exec(line)
  if (decimal) {
    const digits = (decimal[1] ?? decimal[2])!
    return { scheme: 'd', path: digits.split(/[.．]/u).map(Number), prefix: decimal[0].length }
  }
  const chapter = CHAPTER.exec(line)
  if (!chapter) return undefined
  const n = /\d/u.test(chapter[1]!) ? Number(chapter[1]) : chineseValue(chapter[1]!)
  return n === undefined ? undefined : { scheme: chapter[2]!, path: [n], prefix: chapter[0].length }
}

/** A chapter line, 「第一章  总  则」: never the second line of a two-line heading. */
export function isChapterLine(line: string): boolean {
  return CHAPTER.test(line) && isEntryShaped(line)
}

function chineseValue(s: string): number | undefined {
  const digits = '零一二三四五六七八九'
  if (s === '十') return 10
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s)
  if (m) return (m[1] ? digits.indexOf(m[1]) : 1) * 10 + (m[2] ? digits.indexOf(m[2]) : 0)
  return s.length === 1 && digits.includes(s) ? digits.indexOf(s) : undefined
}

/** The text a heading or 目录 line names, without its number or spaces: what a 目录 entry and its heading share. */
function named(line: string): string {
  const numbered = matchNumbered(line)
  const gongwen = gongwenLevel(line) ? (/^[^、）)]{1,6}[、）)]/u.exec(line)?.[0].length ?? 0) : 0
  return line.slice(numbered?.prefix ?? gongwen).replace(/[\s\u3000]+/gu, '')
}

/** A line that can be a 目录 entry or a heading: short, with no sentence in it. */
function isEntryShaped(line: string): boolean {
  // A number (digits, dots, 第…章, spaces) holds no stop, so a stop anywhere is one in the title: asked first,
  // it spares the number's expressions on every paragraph.
  if (STOP.test(line)) return false
  const title = line.slice(matchNumbered(line)?.prefix ?? 0)
  const n = codePoints(title)
  return n >= 2 && n <= MAX_TITLE && HAN.test(title) && !STOP.test(title)
}

const NO_NAMES: ReadonlySet<string> = new Set()

/** The titles a notice quotes in 《》: the document it issues is one of them. Asked of every line; most quote none. */
function quotedNames(text: string): ReadonlySet<string> {
  if (!text.includes('《')) return NO_NAMES
  return new Set([...text.matchAll(/《([^《》]{2,60})》/gu)].map((m) => m[1]!.replace(/[\s\u3000]+/gu, '')))
}

/** `next` continues `prev`: its first sub-section (1 → 1.1) or the next section at its level or above (1.2 → 1.3, 1.3 → 2). */
export function continues(prev: readonly number[], next: readonly number[]): boolean {
  if (next.length === prev.length + 1 && next.at(-1) === 1 && prev.every((n, i) => next[i] === n)) return true
  if (next.length > prev.length) return false
  return next.every((n, i) => (i < next.length - 1 ? n === prev[i] : n === prev[i]! + 1))
}

/**
 * The outline roles of the body's lines. `lines` are the body's text lines in order; `breaks` are lines that
 * already have a role (a 落款, a 成文日期): no 目录 spans them and no document title is one of them.
 */
export function readOutline(
  lines: readonly TextEntry[],
  title: string,
  breaks: ReadonlySet<TextEntry>,
): Map<TextEntry, OutlineRole> {
  const roles = new Map<TextEntry, OutlineRole>()
  // Each line's shape is looked at by every rule below; import reads megabyte drafts, so it is found once.
  const shaped = new Set(lines.filter((e) => !breaks.has(e) && isEntryShaped(e.text)))
  const fromTitle = quotedNames(title)
  const fromText = new Set<string>()
  for (const e of lines) {
    if (shaped.has(e) && (fromTitle.size || fromText.size) && !matchNumbered(e.text)) {
      const name = e.text.replace(/[\s\u3000]+/gu, '')
      const quoted = fromTitle.has(name) ? 'title' : fromText.has(name) ? 'text' : undefined
      if (quoted) roles.set(e, { kind: 'document-title', quoted })
    }
    const quoted = quotedNames(e.text)
    if (quoted.size) for (const q of quoted) fromText.add(q)
  }
  for (const run of runsOf(lines, shaped)) if (run.length > MIN_ENTRIES) markContents(run, roles)
  markDecimalHeadings(lines, shaped, roles)
  return roles
}

/** Runs of consecutive entry-shaped lines (no paragraph between them). */
function runsOf(lines: readonly TextEntry[], shaped: ReadonlySet<TextEntry>): TextEntry[][] {
  const runs: TextEntry[][] = []
  let run: TextEntry[] = []
  for (const e of lines) {
    if (shaped.has(e) || CONTENTS_LABEL.test(e.text)) {
      run.push(e)
      continue
    }
    if (run.length) runs.push(run)
    run = []
  }
  if (run.length) runs.push(run)
  return runs
}

/** Fewer entries than this make a short list, not a 目录. */
const MIN_ENTRIES = 3

/**
 * A 目录 inside a run of short lines: after a 「目录」 label, or else from the first entry that a later line of
 * the run repeats (「总则」 … 「1 总则」) — in both cases up to the line where the headings start again, the first
 * repeat. The lines above it (the document's title, the label) stay headings.
 */
function markContents(run: readonly TextEntry[], roles: Map<TextEntry, OutlineRole>): void {
  const names = run.map((e) => named(e.text))
  // Where each name is next repeated, found in one pass from the end (a run may be thousands of lines long).
  const seen = new Map<string, number>()
  const next = names.map(() => -1)
  for (let i = names.length - 1; i >= 0; i--) {
    next[i] = seen.get(names[i]!) ?? -1
    seen.set(names[i]!, i)
  }
  let restart = run.length
  let first = -1
  names.forEach((name, i) => {
    const again = name.length >= 2 ? next[i]! : -1
    if (again < 0 || i >= restart) return
    if (first < 0) first = i
    restart = Math.min(restart, again)
  })
  const label = run.findIndex((e, i) => CONTENTS_LABEL.test(e.text) && i < restart)
  if (label >= 0) first = label + 1
  if (first < 0 || restart - first < MIN_ENTRIES) return
  if (label >= 0) roles.set(run[label]!, { kind: 'contents-label' })
  for (const e of run.slice(first, restart)) roles.set(e, { kind: 'contents-entry' })
}

/**
 * Decimal headings outside the 目录: a line whose number continues the previous decimal heading's (or is
 * continued by the next one's) and that has a section under it — body text or its own first sub-section, not
 * the next sibling. Siblings are alike: the last item of a numbered list has text after it, but the items
 * before it had nothing under them, so it is an item too.
 */
const DIGIT_FIRST = /^\d/u

function markDecimalHeadings(
  lines: readonly TextEntry[],
  shaped: ReadonlySet<TextEntry>,
  roles: Map<TextEntry, OutlineRole>,
): void {
  // A loop, not flatMap: that would make an empty array for every line of the draft.
  const numbered: { e: TextEntry; i: number; n: Numbered }[] = []
  lines.forEach((e, i) => {
    if (roles.has(e) || !shaped.has(e) || !DIGIT_FIRST.test(e.text)) return
    const n = matchNumbered(e.text)
    if (n?.scheme === 'd' && n.path.length <= 4) numbered.push({ e, i, n })
  })
  const read = numbered.map(({ i, n }, k) => {
    const next = numbered[k + 1]
    const after = lines[i + 1]
    const child =
      next?.i === i + 1 && next.n.path.length === n.path.length + 1 && continues(n.path, next.n.path)
    return {
      child,
      content: after !== undefined && (child || !(shaped.has(after) || roles.has(after))),
    }
  })
  numbered.forEach(({ e, n }, k) => {
    const prev = numbered[k - 1]
    const next = numbered[k + 1]
    const linked = (prev && continues(prev.n.path, n.path)) || (next && continues(n.path, next.n.path))
    const listItem =
      prev && prev.n.path.length === n.path.length && continues(prev.n.path, n.path) && !read[k - 1]!.content
    if (!linked || listItem || !read[k]!.content) return
    const cues = ['编号与前后标题的编号相接', read[k]!.child ? '下面接着它的第一小节' : '下面接着正文']
    roles.set(e, { kind: 'decimal', level: n.path.length as 1 | 2 | 3 | 4, prefix: n.prefix, cues })
  })
}
