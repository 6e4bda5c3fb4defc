import { findDate, parsePublishedAt } from '../../model/dates'
import type { DroppedKind } from '../../model/review'

/**
 * The meta line (or block) under a portal title: 发布时间/日期, 作者, 来源/信息来源, 编辑, 责任编辑,
 * 浏览次数 … in any order, with `:` or `：` or as a `|` table, possibly over several lines (design §2).
 * A 公文 page's 信息公开 table (索引号, 主题分类, 发文字号, 有效性 …) is a meta block too.
 */

/**
 * staff: 编辑 or 值班编辑 without 责任 — a page's desk credit, not the 责任编辑 the article names.
 * issuedAt: 发文日期/成文日期 of an 信息公开 table — the 发布时间 only when the page gives no other.
 * info: the rest of an 信息公开 table (索引号, 主题分类 …), which the article has no field for.
 * credit: who made the page's art — the headline's calligraphy, a drawing, a chart — not who wrote the text.
 */
export type MetaKey =
  | 'publishedAt'
  | 'issuedAt'
  | 'author'
  | 'source'
  | 'editor'
  | 'staff'
  | 'proofreader'
  | 'keywords'
  | 'docNumber'
  | 'views'
  | 'toolbar'
  | 'info'
  | 'credit'

const LABEL_GROUPS: Record<MetaKey, string> = {
  publishedAt:
    '发布时间 发布日期 发表时间 发表日期 更新时间 更新日期 编稿时间 发稿时间 刊发日期 刊发时间 上传时间 录入时间 时间 日期',
  issuedAt: '发文日期 成文日期 生成日期',
  author: '作者 撰稿 记者',
  source: '来源 信息来源 文章来源 稿件来源 新闻来源 来自 稿源 出处',
  editor: '责任编辑 责编',
  staff: '编辑 值班编辑 美编',
  proofreader: '校对',
  keywords: '关键词 关键字 标签',
  docNumber: '发文字号 文号',
  views: '浏览次数 浏览量 阅读次数 阅读量 点击数 点击量 点击次数 访问次数',
  toolbar: '字号 字体',
  info:
    '索引号 主题分类 组配分类 信息分类 体裁分类 服务对象分类 公文目录 主题词 效力属性 有效性 生效时间 生效日期 ' +
    '废止时间 废止日期 内容概述 发文机构 发布机构 所属机构 公开方式 公开范围 公开时限 名称 分类 文种 语音阅读',
  credit: '标题书法 书法 题字 题图 插图 制图 绘图 漫画 版式设计 美术编辑',
}

const LABELS = new Map<string, MetaKey>(
  Object.entries(LABEL_GROUPS).flatMap(([key, words]) => words.split(' ').map((w) => [w, key as MetaKey])),
)

/** Labels trusted outside the title block: the ones that close an article (【责任编辑：…】, （来源：…）). */
const ANYWHERE: ReadonlySet<MetaKey> = new Set([
  'source',
  'editor',
  'staff',
  'proofreader',
  'keywords',
  'credit',
])

/**
 * A label: a few Han characters (a table may space them out with a full-width space) before a colon, at the start or after
 * a separator — or right after a date's digits (「2008-04-10 10:18来源：」).
 */
const LABEL_RE = /(?:^|(?<=[\s|｜丨·•【[（(\d]))(\p{Script=Han}(?:[ \u3000]?\p{Script=Han}){1,6})\s*[:：]/gu

const SEPARATORS = /^[\s|｜丨·•【】[\]（）()]+|[\s|｜丨·•【】[\]（）()]+$/gu

/** Page furniture that trails a value: 「天水在线  打印本页」, 「君山区政府门户网站 浏」. */
const TRAILING_TOOLS = /(?:\s+(?:打印本页|打印|关闭窗口|关闭|收藏|分享到?|\[?字号[^\s]*|【?字体.*))+$/u

/** A view counter beside an unlabelled date: 「2010/1/6 16:43:13 次浏览」. */
const VIEW_COUNT = /(?:\s+\d+)?\s*次(?:浏览|阅读|点击)\s*$/u

export interface MetaField {
  key: MetaKey
  label: string
  value: string
  /** The line after the label's, when the value stood there alone. */
  valueLine?: string
  /** The field as written, when it is a whole line without a label (a byline, an issue date). */
  text?: string
  /** Its part of the line as written (bullets, bars, an ASCII colon), so a field left out is listed whole. */
  written?: string
  /** What the line is when a better-evidenced value wins the field (a date widget is page chrome). */
  otherwise?: { kind: DroppedKind; reason: string }
}

export interface MetaLine {
  fields: MetaField[]
}

function clean(value: string): string {
  return value.replace(SEPARATORS, '').replace(TRAILING_TOOLS, '').replace(SEPARATORS, '')
}

const labelKey = (label: string) => LABELS.get(label.replace(/[ \u3000]/gu, ''))

/** A field's value is what a meta table holds: short, no sentence in it (an 内容概述 may be longer). */
/** A credit line under the article (「记者：何锐」) names people: Han names only, not a question put to them. */
const NAMES = /^\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3}$/u

function plausible(f: MetaField, head: boolean): boolean {
  if (!head && !ANYWHERE.has(f.key) && !(f.key === 'author' && NAMES.test(f.value))) return false
  if (f.key === 'info') return f.value.length <= 120
  if (f.key === 'toolbar' || f.key === 'keywords') return f.value.length <= 60
  return f.value.length <= 40 && !/[，。；！？]/u.test(f.value)
}

/** 「索引号 | whq/2022-07948 | 效力属性 | |」: cells alternate label and value; an empty value is an empty cell. */
function parseTable(line: string): MetaField[] | undefined {
  const raw = line.split(/[|｜]/u)
  const cells = raw.map((c) => c.trim())
  if (cells.length < 3 || !labelKey(cells[0]!)) return undefined
  const fields: MetaField[] = []
  const starts: number[] = []
  let at = 0
  cells.forEach((cell, k) => {
    const key = labelKey(cell)
    const last = fields.at(-1)
    if (key) {
      fields.push({ key, label: cell.replace(/[ \u3000]/gu, ''), value: '' })
      starts.push(k === 0 ? 0 : at - 1)
    } else if (cell && last && !last.value) last.value = cell
    else if (cell) starts.push(-1)
    at += raw[k]!.length + 1
  })
  if (starts.includes(-1)) return undefined
  return fields.map((f, i) => ({ ...f, written: line.slice(starts[i], starts[i + 1]).trim() }))
}

/** The labelled fields of a line, or undefined if any part of it is not one. */
function parseLabelled(line: string, head: boolean): MetaField[] | undefined {
  const matches = [...line.matchAll(LABEL_RE)].flatMap((m) => {
    if (labelKey(m[1]!)) return [{ index: m.index, label: m[1]!, length: m[0].length }]
    // 「次浏览 分类：」: a spaced-out label is only a label as a whole; else its last word may be one.
    const word = m[1]!.split(/[ \u3000]/u).at(-1)!
    const skip = m[1]!.length - word.length
    return labelKey(word) ? [{ index: m.index + skip, label: word, length: m[0].length - skip }] : []
  })
  if (!matches.length) return undefined
  const fields: MetaField[] = []
  const prefix = clean(line.slice(0, matches[0]!.index).replace(VIEW_COUNT, ''))
  if (prefix) {
    const date = head ? parsePublishedAt(prefix) : undefined
    if (!date) return undefined
    fields.push({
      key: 'publishedAt',
      label: '',
      value: prefix,
      written: line.slice(0, matches[0]!.index).trim(),
    })
  }
  matches.forEach((m, i) => {
    const start = m.index + m.length
    const end = i + 1 < matches.length ? matches[i + 1]!.index : line.length
    const label = m.label.replace(/[ \u3000]/gu, '')
    fields.push({
      key: labelKey(label)!,
      label,
      value: clean(line.slice(start, end).replace(VIEW_COUNT, '')),
      written: line.slice(i === 0 && !prefix ? 0 : m.index, end).trim(),
    })
  })
  return fields
}

/**
 * Parses a line made only of labelled fields (an unlabelled date may lead: 「2020-08-03 来源：…」).
 * `head` allows every label; elsewhere only the closing labels count, so 「时间：…」 in a notice stays text.
 */
export function parseMetaLine(line: string, head: boolean): MetaLine | undefined {
  if (line.length > 300) return undefined
  const hasColon = line.includes(':') || line.includes('：')
  const fields = (hasColon ? parseLabelled(line, head) : undefined) ?? (head ? parseTable(line) : undefined)
  if (!fields?.every((f) => plausible(f, head))) return undefined
  const dated = (f: MetaField) => f.key === 'publishedAt' || f.key === 'issuedAt'
  if (fields.some((f) => dated(f) && f.value && !findDate(f.value))) return undefined
  return { fields }
}

/** Keywords as portals list them: separated by spaces, commas or 、. */
export function splitKeywords(value: string): string[] {
  return value.split(/[\s,，、;；|｜]+/u).filter(Boolean)
}
