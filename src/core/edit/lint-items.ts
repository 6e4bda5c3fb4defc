import type { Article } from '../model/article'
import { blockLines } from '../model/text'
import { describeChange, lintArticle, suggestChanges, unitKey, type Change, type TextAt } from '../normalize'

/**
 * What the lint panel lists: normalisation suggestions (fixable) and checks (for a person to judge),
 * plus the editor's own checks — an empty title and images without alt text. Each item has a key that
 * survives edits elsewhere in its line, so "ignore" sticks while the user keeps typing.
 */
export interface LintItem {
  key: string
  at: TextAt
  offset: number
  length: number
  message: string
  /** A few characters around the spot, for the list. */
  context: string
  change?: Change
}

export interface LintItems {
  suggestions: LintItem[]
  problems: LintItem[]
}

const CONTEXT = 6

export function unitText(article: Article, at: TextAt): string {
  if ('field' in at) return article.meta[at.field] ?? ''
  const block = article.blocks[at.block]
  return block ? (blockLines(block)[at.line] ?? '') : ''
}

function item(
  article: Article,
  at: TextAt,
  offset: number,
  length: number,
  message: string,
  kind: string,
  change?: Change,
): LintItem {
  const text = unitText(article, at)
  const context = text.slice(Math.max(0, offset - CONTEXT), offset + length + CONTEXT)
  const spot = text.slice(offset, offset + length)
  return {
    key: `${unitKey(at)}|${kind}|${spot}|${context}`,
    at,
    offset,
    length,
    message,
    context,
    ...(change ? { change } : {}),
  }
}

export function lintItems(article: Article): LintItems {
  const suggestions = suggestChanges(article).map((c) =>
    item(article, c.at, c.offset, c.before.length, describeChange(c), `${c.rule}>${c.after}`, c),
  )
  const problems = lintArticle(article).map((p) => item(article, p.at, p.offset, p.length, p.message, p.rule))
  if (!article.meta.title.trim())
    problems.unshift(item(article, { field: 'title' }, 0, 0, '标题（主题）不能为空', 'empty-title'))
  article.blocks.forEach((b, i) => {
    if (b.type === 'image' && !b.alt.trim())
      problems.push(
        item(
          article,
          { block: i, line: 0 },
          0,
          0,
          `图片${b.caption ? `「${b.caption}」` : ''}缺少替代文字（读屏软件靠它朗读图片）`,
          `alt:${b.asset}`,
        ),
      )
  })
  return { suggestions, problems }
}
