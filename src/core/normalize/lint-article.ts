import type { Article } from '../model/article'
import { positionAt, type SourcePosition } from '../text/source-position'
import { blockLines, titleLines } from '../model/text'
import { checkText, type TextCheck } from './checks'
import { headingPatternFindings } from './heading-pattern'
import { textEdits } from './text-edits'
import { textUnits, type TextAt } from './text-units'

/**
 * Lint checks (design §2, reported, never auto-fixed): unpaired quotes and brackets, half-width
 * punctuation left beside Han, repeated punctuation, full-width Latin letters and digits, and section
 * headings that break the pattern of their siblings.
 */

export type LintRule = TextCheck | 'heading-pattern'

export interface Problem {
  at: TextAt
  offset: number
  length: number
  rule: LintRule
  message: string
}

export function lintArticle(article: Article): Problem[] {
  const problems: Problem[] = []
  const units = textUnits(article)
  units.forEach((unit, i) => {
    const text = unit.inlines.map((r) => r.text).join('')
    const fixed = new Set(textEdits(text, unit.kind).map((e) => e.offset))
    const next = units[i + 1]
    const continuesQuote =
      !!next && !('field' in next.at) && /^[\s\u3000]*“/u.test(next.inlines.map((r) => r.text).join(''))
    for (const f of checkText(text, fixed, { continuesQuote }))
      problems.push({ at: unit.at, offset: f.offset, length: f.length, rule: f.check, message: f.message })
  })
  for (const f of headingPatternFindings(article))
    problems.push({
      at: { block: f.block, line: f.line },
      offset: 0,
      length: 0,
      rule: 'heading-pattern',
      message: f.message,
    })
  return problems.sort((a, b) => order(a.at) - order(b.at) || a.offset - b.offset)
}

function order(at: TextAt): number {
  return 'field' in at
    ? -10 + ['kicker', 'title', 'subtitle', 'summary'].indexOf(at.field)
    : at.block * 4 + at.line
}

export interface LineColumn {
  line: number
  column: number
}

export interface SourceMap {
  blocks: (SourcePosition[] | null)[]
  meta: Partial<Record<string, SourcePosition>>
}

/**
 * 1-based line:column of a position, for `banxin lint`. With a source map (plain-text drafts) it is
 * the draft's own line; otherwise the line of the article's plain-text view: the title block lines,
 * then every block's lines in order.
 */
export function lineColumn(article: Article, at: TextAt, offset: number, sourceMap?: SourceMap): LineColumn {
  const mapped = 'field' in at ? sourceMap?.meta[at.field] : sourceMap?.blocks[at.block]?.[at.line]
  if (mapped) {
    const { line, column } = positionAt(mapped, offset)
    return { line, column }
  }
  const head = titleLines(article)
  if ('field' in at) {
    const value = article.meta[at.field]
    const index = value ? head.indexOf(value) : -1
    return { line: index >= 0 ? index + 1 : 1, column: offset + 1 }
  }
  let line = head.length
  for (let b = 0; b < at.block; b++) line += blockLines(article.blocks[b]!).length
  return { line: line + at.line + 1, column: offset + 1 }
}
