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

/** Matches never span lines: a paragraph break is not text, as in Word's find. Empty matches are skipped. */
export function findMatches(lines: readonly TextLine[], pattern: RegExp, limit = Infinity): FindMatch[] {
  const out: FindMatch[] = []
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')
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
export function replacementText(template: string, match: FindMatch, regex: boolean): string {
  if (!regex) return template
  return template.replace(/\$(\$|&|\d)/g, (whole, key: string) => {
    if (key === '$') return '$'
    if (key === '&') return match.groups[0] ?? ''
    const group = match.groups[Number(key)]
    return group ?? whole
  })
}
