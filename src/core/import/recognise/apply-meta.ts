import type { MetaFieldName } from '../../model/review'
import type { MetaField } from './meta-line'
import { splitKeywords } from './meta-line'
import { findDate } from '../../model/dates'
import { cue, GOOD, SOME, STRONG, type Cue } from './evidence'
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

/** Where the meta line stood: in the title block, or elsewhere (a closing 【责任编辑：…】). */
export type MetaPlace = 'head' | 'outside'

const PLACE: Record<MetaPlace, Cue> = {
  head: cue('标题下的信息行', SOME),
  outside: cue('正文外的编辑信息（来源、责任编辑等）', SOME),
}

/**
 * Fills meta fields from a parsed meta line, one guess per field. A value found earlier wins: a repeated
 * meta block (a page that prints it twice) repeats it, and a different value is listed as left out.
 */
export function applyMetaFields(work: Work, fields: readonly MetaField[], line: TextEntry, place: MetaPlace): void {
  const m = work.meta
  const shown = (f: MetaField) => (f.label ? `${f.label}：${f.value}` : f.value)
  line.used = true
  for (const f of fields) {
    const leaveOut = (reason: string) => work.dropped.push({ text: shown(f), reason, item: line.index })
    if (f.key === 'views' || f.key === 'toolbar' || f.key === 'staff') {
      leaveOut(DROPPED_FIELDS[f.key])
      continue
    }
    if (!f.value) {
      leaveOut('空的信息栏（只有标签，没有内容）')
      continue
    }
    const cues = [
      f.label ? cue(`标签「${f.label}」`, STRONG) : cue('信息行开头的日期', GOOD),
      PLACE[place],
      ...(f.valueLine ? [cue('标签与内容分在两行', -SOME)] : []),
    ]
    const key: MetaFieldName = f.key
    let value: string
    if (f.key === 'publishedAt') {
      const date = findDate(f.value)
      if (!date) {
        work.warnings.push(`无法识别发布时间「${f.value}」，请手动填写。`)
        continue
      }
      value = date.iso
      if (m.publishedAt) {
        if (m.publishedAt !== value) leaveOut('另一个发布时间（已采用前面的）')
        continue
      }
      m.publishedAt = value
    } else if (f.key === 'keywords') {
      if (m.keywords) continue
      m.keywords = splitKeywords(f.value)
      value = f.value
    } else {
      if (m[f.key]) {
        if (m[f.key] !== f.value)
          leaveOut(`另一个${FIELD_NAMES[f.key]}（已采用前面的「${m[f.key]}」）`)
        continue
      }
      m[f.key] = value = f.value
    }
    const text = f.valueLine ? `${line.text}\n${f.valueLine}` : line.text
    guess(work, text, { field: key }, `${FIELD_NAMES[f.key]}「${value}」`, cues)
  }
}
