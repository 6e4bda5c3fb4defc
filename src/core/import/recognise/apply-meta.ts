import type { MetaField } from './meta-line'
import { splitKeywords } from './meta-line'
import { findDate } from '../../model/dates'
import type { TextEntry, Work } from './work'
import { guess } from './work'

const FIELD_NAMES: Record<MetaField['key'], string> = {
  publishedAt: '发布时间',
  author: '作者',
  source: '来源',
  editor: '责任编辑',
  staff: '编辑',
  proofreader: '校对',
  keywords: '关键词',
  views: '浏览次数',
  toolbar: '字号工具',
}

const DROPPED_FIELDS: Record<'views' | 'toolbar' | 'staff', string> = {
  views: '浏览次数（由网站运行时填写）',
  toolbar: '页面工具栏（字号）',
  staff: '编辑署名：不是责任编辑，文章信息中没有此栏',
}

/** Fills meta fields from a parsed meta line; values already found earlier win. Returns what was set. */
export function applyMetaFields(
  work: Work,
  fields: readonly MetaField[],
  line: TextEntry,
  reason: string,
): void {
  const set: string[] = []
  const m = work.meta
  for (const f of fields) {
    if (f.key === 'views' || f.key === 'toolbar' || f.key === 'staff') {
      if (f.value || f.key !== 'staff')
        work.report.dropped.push({ text: `${f.label}：${f.value}`, reason: DROPPED_FIELDS[f.key] })
      continue
    }
    if (!f.value) continue
    if (f.key === 'publishedAt') {
      const date = findDate(f.value)
      if (!date) work.report.warnings.push(`无法识别发布时间「${f.value}」，请手动填写。`)
      else if (!m.publishedAt) m.publishedAt = date.iso
    } else if (f.key === 'keywords') {
      m.keywords ??= splitKeywords(f.value)
    } else if (!m[f.key]) {
      m[f.key] = f.value
    }
    set.push(`${FIELD_NAMES[f.key]}＝${f.key === 'publishedAt' ? (m.publishedAt ?? f.value) : f.value}`)
  }
  line.used = true
  guess(work, line.text, set.length ? set.join('；') : '（无内容的信息栏）', reason)
}
