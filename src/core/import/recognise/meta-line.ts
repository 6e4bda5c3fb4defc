import { findDate, parsePublishedAt } from '../../model/dates'

/**
 * The meta line (or block) under a portal title: 发布时间/日期, 作者, 来源/信息来源, 编辑, 责任编辑,
 * 浏览次数 … in any order, with `:` or `：`, possibly over several lines (design §2).
 */

/** staff: 编辑 or 值班编辑 without 责任 — a page's desk credit, not the 责任编辑 the article names. */
export type MetaKey =
  'publishedAt' | 'author' | 'source' | 'editor' | 'staff' | 'proofreader' | 'keywords' | 'views' | 'toolbar'

const LABELS: Record<string, MetaKey> = {
  发布时间: 'publishedAt',
  发布日期: 'publishedAt',
  发文日期: 'publishedAt',
  刊发日期: 'publishedAt',
  更新时间: 'publishedAt',
  时间: 'publishedAt',
  日期: 'publishedAt',
  作者: 'author',
  撰稿: 'author',
  记者: 'author',
  来源: 'source',
  信息来源: 'source',
  文章来源: 'source',
  稿件来源: 'source',
  新闻来源: 'source',
  责任编辑: 'editor',
  责编: 'editor',
  编辑: 'staff',
  值班编辑: 'staff',
  美编: 'staff',
  校对: 'proofreader',
  关键词: 'keywords',
  关键字: 'keywords',
  标签: 'keywords',
  浏览次数: 'views',
  浏览量: 'views',
  阅读次数: 'views',
  阅读量: 'views',
  点击数: 'views',
  点击量: 'views',
  点击次数: 'views',
  访问次数: 'views',
  字号: 'toolbar',
  字体: 'toolbar',
}

/** Labels trusted outside the title block: the ones that close an article (【责任编辑：…】, （来源：…）). */
const ANYWHERE: ReadonlySet<MetaKey> = new Set(['source', 'editor', 'staff', 'proofreader', 'keywords'])

const LABEL_RE = new RegExp(
  `(^|[\\s|｜丨·•【\\[（(])(${Object.keys(LABELS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*[:：]`,
  'gu',
)

const SEPARATORS = /^[\s|｜丨·•【】[\]（）()]+|[\s|｜丨·•【】[\]（）()]+$/gu

export interface MetaField {
  key: MetaKey
  label: string
  value: string
  /** The line after the label's, when the value stood there alone. */
  valueLine?: string
}

export interface MetaLine {
  fields: MetaField[]
}

function clean(value: string): string {
  return value.replace(SEPARATORS, '')
}

/**
 * Parses a line made only of labelled fields (an unlabelled date may lead: 「2020-08-03 来源：…」).
 * `head` allows every label; elsewhere only the closing labels count, so 「时间：…」 in a notice stays text.
 */
export function parseMetaLine(line: string, head: boolean): MetaLine | undefined {
  if (line.length > 200 || (!line.includes(':') && !line.includes('：'))) return undefined
  const matches = [...line.matchAll(LABEL_RE)]
  if (!matches.length) return undefined
  const fields: MetaField[] = []
  const prefix = clean(line.slice(0, matches[0]!.index! + matches[0]![1]!.length))
  if (prefix) {
    const date = head ? parsePublishedAt(prefix) : undefined
    if (!date) return undefined
    fields.push({ key: 'publishedAt', label: '', value: prefix })
  }
  matches.forEach((m, i) => {
    const start = m.index! + m[0].length
    const end = i + 1 < matches.length ? matches[i + 1]!.index! + matches[i + 1]![1]!.length : line.length
    fields.push({ key: LABELS[m[2]!]!, label: m[2]!, value: clean(line.slice(start, end)) })
  })
  const plausible = fields.every((f) => {
    if (!head && !ANYWHERE.has(f.key)) return false
    if (f.key === 'toolbar' || f.key === 'keywords') return f.value.length <= 60
    return f.value.length <= 40 && !/[，。；！？]/u.test(f.value)
  })
  if (!plausible) return undefined
  if (fields.some((f) => f.key === 'publishedAt' && f.value && !findDate(f.value))) return undefined
  return { fields }
}

/** Keywords as portals list them: separated by spaces, commas or 、. */
export function splitKeywords(value: string): string[] {
  return value.split(/[\s,，、;；|｜]+/u).filter(Boolean)
}
