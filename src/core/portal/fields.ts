import type { ArticleMeta } from '../model/article'
import { visibleText } from './html'
import { formatPublishedAt } from '../model/dates'

/**
 * The CMS form's fields in the order webmasters fill them; every label is always present, and 文号 too when
 * the article is a 公文 that has one (news forms have no such field).
 */
export function articleFields(meta: ArticleMeta): [label: string, value: string][] {
  const one = (value: string | undefined) => visibleText(value ?? '').replace(/\s*\n\s*/g, ' ').trim()
  const docNumber: [string, string][] = meta.docNumber?.trim() ? [['文号', one(meta.docNumber)]] : []
  return [
    ['标题', one(meta.title)],
    ['引题', one(meta.kicker)],
    ['副题', one(meta.subtitle)],
    ...docNumber,
    ['作者', one(meta.author)],
    ['来源', one(meta.source)],
    ['发布时间', formatPublishedAt(meta.publishedAt) ?? ''],
    ['责任编辑', one(meta.editor)],
    ['关键词', (meta.keywords ?? []).map(one).filter(Boolean).join(',')],
    ['摘要', one(meta.summary)],
  ]
}

/** fields.txt: 「标题：…」 one field per line, for copying into the CMS form field by field. */
export function renderFieldsText(meta: ArticleMeta): string {
  return articleFields(meta)
    .map(([label, value]) => `${label}：${value}`)
    .join('\n') + '\n'
}
