import type { Article } from '../model/article'
import { blockLines } from '../model/text'
import { lintArticle, RULE_NAMES, suggestChanges, unitKey, type Change, type TextAt } from '../normalize'

/**
 * What the lint panel lists: normalisation suggestions (fixable) and checks (for a person to judge),
 * plus the editor's own checks — an empty title and images without alt text. Each item has a key that
 * survives edits elsewhere in its line (and fixes next to it), so "ignore" sticks while the user works.
 */
export interface LintItem {
  key: string
  /** Items of one kind are listed and fixed together: the rule's name, or the check's message. */
  group: string
  at: TextAt
  offset: number
  length: number
  message: string
  /** The spot and a few characters either side, for the list. */
  context: { before: string; spot: string; after: string }
  change?: Change
}

export interface LintItems {
  suggestions: LintItem[]
  problems: LintItem[]
}

const CONTEXT = 8

function unitText(article: Article, at: TextAt): string {
  if ('field' in at) return article.meta[at.field] ?? ''
  const block = article.blocks[at.block]
  return block ? (blockLines(block)[at.line] ?? '') : ''
}

/** The letters around a spot, ignoring punctuation and spaces, which other fixes nearby may change. */
function anchor(text: string, offset: number, length: number): string {
  const letters = (s: string) => s.match(/[\p{L}\p{N}]/gu) ?? []
  return `${letters(text.slice(0, offset)).slice(-3).join('')}^${letters(text.slice(offset + length))
    .slice(0, 3)
    .join('')}`
}

interface Spot {
  at: TextAt
  offset: number
  length: number
}

function item(
  article: Article,
  { at, offset, length }: Spot,
  group: string,
  message: string,
  kind: string,
  change?: Change,
): LintItem {
  const text = unitText(article, at)
  const spot = text.slice(offset, offset + length)
  return {
    key: `${unitKey(at)}|${kind}|${spot}|${anchor(text, offset, length)}`,
    group,
    at,
    offset,
    length,
    message,
    context: {
      before: text.slice(Math.max(0, offset - CONTEXT), offset),
      spot,
      after: text.slice(offset + length, offset + length + CONTEXT),
    },
    ...(change ? { change } : {}),
  }
}

export function lintItems(article: Article): LintItems {
  const suggestions = suggestChanges(article).map((c) =>
    item(
      article,
      { at: c.at, offset: c.offset, length: c.before.length },
      RULE_NAMES[c.rule],
      c.after ? `改为「${c.after}」` : '删去',
      `${c.rule}>${c.after}`,
      c,
    ),
  )
  const problems = lintArticle(article).map((p) =>
    item(article, p, p.rule === 'heading-pattern' ? '小标题不对称' : p.message, p.message, p.rule),
  )
  if (!article.meta.title.trim()) {
    const message = '标题（主题）不能为空'
    problems.unshift(
      item(article, { at: { field: 'title' }, offset: 0, length: 0 }, message, message, 'empty-title'),
    )
  }
  article.blocks.forEach((b, i) => {
    if (b.type !== 'image' || b.alt.trim()) return
    const message = `图片${b.caption ? `「${b.caption}」` : ''}缺少替代文字`
    problems.push(
      item(
        article,
        { at: { block: i, line: 0 }, offset: 0, length: 0 },
        '图片缺少替代文字（读屏软件靠它朗读图片）',
        message,
        `alt:${b.asset}`,
      ),
    )
  })
  return { suggestions, problems }
}
