import type { Article } from '../model/article'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import type { SectionHeadingTemplate } from '../styles/templates'
import { articleBody, itemLines } from './body-view'

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
