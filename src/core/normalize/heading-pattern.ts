import type { Article, SectionHeadingBlock } from '../model/article'
import { inlineText } from '../model/text'

/**
 * Parallel section headings (research/portal.md §3): the sample's pairs are a 6-character verb–object
 * line and an 8-character 为…力 line, repeated. A heading that breaks what most of its siblings share
 * (line count, line lengths, the sub line's first and last character) is flagged for a person to judge.
 */

export interface HeadingFinding {
  block: number
  line: number
  message: string
}

interface Shape {
  block: number
  lines: string[]
}

const length = (s: string) => [...s].length

/** The value most headings share, if a strict majority of at least two agree. */
function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  const [value, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? []
  return count !== undefined && count >= 2 && count > values.length / 2 ? value : undefined
}

export function headingPatternFindings(article: Article): HeadingFinding[] {
  const shapes: Shape[] = []
  article.blocks.forEach((b, block) => {
    if (b.type === 'section-heading')
      shapes.push({ block, lines: (b as SectionHeadingBlock).children.map((l) => inlineText(l.children)) })
  })
  if (shapes.length < 3) return []
  const found: HeadingFinding[] = []
  const lineCount = majority(shapes.map((s) => s.lines.length))
  for (const s of shapes) {
    if (lineCount !== undefined && s.lines.length !== lineCount)
      found.push({
        block: s.block,
        line: 0,
        message: `小标题「${s.lines.join(' / ')}」有 ${s.lines.length} 行，其他小标题多为 ${lineCount} 行`,
      })
  }
  for (const line of [0, 1]) {
    const peers = shapes.filter(
      (s) => s.lines.length > line && s.lines.length === (lineCount ?? s.lines.length),
    )
    const len = majority(peers.map((s) => length(s.lines[line]!)))
    const first = majority(peers.map((s) => [...s.lines[line]!][0]))
    const last = majority(peers.map((s) => [...s.lines[line]!].at(-1)))
    const which = line === 0 ? '主行' : '副行'
    for (const s of peers) {
      const text = s.lines[line]!
      const chars = [...text]
      if (len !== undefined && chars.length !== len)
        found.push({
          block: s.block,
          line,
          message: `小标题${which}「${text}」${chars.length} 字，与其他小标题（${len} 字）不对称`,
        })
      else if (
        line === 1 &&
        first !== undefined &&
        last !== undefined &&
        (chars[0] !== first || chars.at(-1) !== last)
      )
        found.push({
          block: s.block,
          line,
          message: `小标题${which}「${text}」不合其他小标题「${first}……${last}」的格式`,
        })
    }
  }
  return found
}
