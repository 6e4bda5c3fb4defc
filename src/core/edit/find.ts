import type { ArticleMeta, Block } from '../model/article'
import type { TextLine, TextPoint } from './text-lines'
import { pointInLine } from './text-lines'

export interface FindQuery {
  text: string
  regex: boolean
  matchCase: boolean
}

export interface TextRange {
  anchor: TextPoint
  focus: TextPoint
}

export interface FindMatch {
  /** Index into the lines searched. */
  line: number
  start: number
  end: number
  /** The matched text followed by its capture groups, for $1 … $9 in a regex replacement. */
  groups: string[]
  range: TextRange
}

export type CompiledQuery = { ok: true; pattern: RegExp } | { ok: false; error: string }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function compileQuery(query: FindQuery): CompiledQuery {
  const flags = 'gu' + (query.matchCase ? '' : 'i')
  try {
    return { ok: true, pattern: new RegExp(query.regex ? query.text : escapeRegExp(query.text), flags) }
  } catch {
    return { ok: false, error: '正则表达式有误' }
  }
}

const everyMatch = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')

/** Matches never span lines: a paragraph break is not text, as in Word's find. Empty matches are skipped. */
export function findMatches(lines: readonly TextLine[], pattern: RegExp, limit = Infinity): FindMatch[] {
  const out: FindMatch[] = []
  const re = everyMatch(pattern)
  lines.forEach((line, index) => {
    if (out.length >= limit) return
    re.lastIndex = 0
    for (let m = re.exec(line.text); m && out.length < limit; m = re.exec(line.text)) {
      if (m[0].length === 0) {
        re.lastIndex += 1
        continue
      }
      const start = m.index
      const end = start + m[0].length
      out.push({
        line: index,
        start,
        end,
        groups: [...m].map((g) => g ?? ''),
        range: {
          anchor: pointInLine(line.path, line.children, start, 'forward'),
          focus: pointInLine(line.path, line.children, end, 'backward'),
        },
      })
    }
  })
  return out
}

/** A regex replacement with $& and $1 … $9 (and $$ for a dollar sign); plain replacements are literal. */
export function replacementText(template: string, groups: readonly string[], regex: boolean): string {
  if (!regex) return template
  return template.replace(/\$(\$|&|\d)/g, (whole, key: string) => {
    if (key === '$') return '$'
    if (key === '&') return groups[0] ?? ''
    const group = groups[Number(key)]
    return group ?? whole
  })
}

/** Replaces every non-empty match in a plain string, such as an image's caption. */
export function replaceInText(text: string, pattern: RegExp, template: string, regex: boolean): { text: string; count: number } {
  let count = 0
  const out = text.replace(everyMatch(pattern), (...args: unknown[]) => {
    const whole = args[0] as string
    if (!whole) return whole
    count++
    const groupCount = args.findIndex((a) => typeof a === 'number') - 1
    return replacementText(template, args.slice(0, groupCount + 1).map((g) => (g as string | undefined) ?? ''), regex)
  })
  return { text: out, count }
}

const countIn = (text: string | undefined, re: RegExp) => (text ? [...text.matchAll(re)].filter((m) => m[0].length > 0).length : 0)

/** Fields outside the body text, by the name the editor shows them under. */
const FIELD_NAMES: [keyof ArticleMeta, string][] = [
  ['kicker', '引题'],
  ['title', '主题'],
  ['subtitle', '副题'],
  ['byline', '电头'],
  ['author', '作者'],
  ['source', '来源'],
  ['editor', '责任编辑'],
  ['summary', '摘要'],
]

export interface ElsewhereCount {
  where: string
  count: number
}

/**
 * Matches in the title block and meta fields, which find and replace do not change (they are edited in
 * their own fields, with their own undo): the find bar names them so that a 全部替换 never leaves a
 * misspelt name in a headline unnoticed.
 */
export function matchesInMeta(meta: ArticleMeta, pattern: RegExp): ElsewhereCount[] {
  const re = everyMatch(pattern)
  return FIELD_NAMES.map(([field, where]) => ({ where, count: countIn(meta[field] as string | undefined, re) })).filter((c) => c.count > 0)
}

/** Image captions and credits that can be replaced, as the caption and credit fields of the image blocks. */
export const CAPTION_FIELDS = ['caption', 'credit'] as const

/** Matches in image captions and credits: not stepped through, but replaced by 全部替换 with the body. */
export function matchesInCaptions(blocks: readonly Block[], pattern: RegExp): number {
  const re = everyMatch(pattern)
  return blocks.reduce((n, b) => n + (b.type === 'image' ? CAPTION_FIELDS.reduce((k, f) => k + countIn(b[f], re), 0) : 0), 0)
}
