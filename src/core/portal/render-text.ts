import type { Article } from '../model/article'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import type { SectionHeadingTemplate } from '../styles/templates'
import { articleBody, itemLines } from './body-view'
import { titleLines } from '../model/text'
import { formatPublishedAt } from '../model/dates'

/**
 * content.txt: the body for CMS editors that only take plain text. One block per paragraph with a blank
 * line between, section-heading lines on consecutive lines; the same characters the page shows.
 */
export function renderContentText(article: Article, templates: readonly SectionHeadingTemplate[] = BUILTIN_TEMPLATES): string {
  const blocks = articleBody(article, templates)
    .map((item) => itemLines(item).join('\n'))
    .filter((text) => text !== '')
  return blocks.join('\n\n') + '\n'
}

/**
 * 导出纯文本: the whole article as a reader wants it in a text file — 引题/主题/副题, the meta line, the
 * body as in content.txt, and 责任编辑 at the end.
 */
export function renderArticleText(article: Article, templates: readonly SectionHeadingTemplate[] = BUILTIN_TEMPLATES): string {
  const m = article.meta
  const head = [...titleLines(article), ...(m.docNumber?.trim() ? [m.docNumber] : [])]
  const time = formatPublishedAt(m.publishedAt)
  const metaLine = [time && `发布时间：${time}`, m.author && `作者：${m.author}`, m.source && `来源：${m.source}`].filter(Boolean).join('　')
  const parts = [head.join('\n'), metaLine, renderContentText(article, templates).trimEnd(), m.editor ? `（责任编辑：${m.editor}）` : '']
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
