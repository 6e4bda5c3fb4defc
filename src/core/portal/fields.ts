import type { ArticleMeta } from '../model/article'
import { visibleText } from './html'
import { formatPublishTime } from './publish-time'

/** The CMS form's fields in the order webmasters fill them; every label is always present. */
export function articleFields(meta: ArticleMeta): [label: string, value: string][] {
  const one = (value: string | undefined) => visibleText(value ?? '').replace(/\s*\n\s*/g, ' ').trim()
  return [
    ['标题', one(meta.title)],
    ['引题', one(meta.kicker)],
    ['副题', one(meta.subtitle)],
    ['作者', one(meta.author)],
    ['来源', one(meta.source)],
    ['发布时间', formatPublishTime(meta.publishedAt) ?? ''],
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
