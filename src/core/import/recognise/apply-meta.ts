import type { DroppedKind, MetaFieldName } from '../../model/review'
import type { MetaField } from './meta-line'
import { splitKeywords } from './meta-line'
import { findDate } from '../../model/dates'
import { cue, GOOD, scoreOf, SOME, STRONG, WEAK, type Cue } from './evidence'
import type { TextEntry, Work } from './work'
import { guess } from './work'
import { splitSourceCredit } from './credit'

const FIELD_NAMES: Record<MetaField['key'], string> = {
  publishedAt: '发布时间',
  issuedAt: '发文日期',
  docNumber: '发文字号',
  info: '信息公开栏目',
  author: '作者',
  source: '来源',
  editor: '责任编辑',
  staff: '编辑',
  proofreader: '校对',
  keywords: '关键词',
  views: '浏览次数',
  toolbar: '字号工具',
  credit: '美术署名',
}

const DROPPED_FIELDS: Record<'views' | 'toolbar' | 'staff' | 'info' | 'credit', [DroppedKind, string]> = {
  views: ['chrome', '浏览次数（由网站运行时填写）'],
  toolbar: ['chrome', '页面工具栏（字号）'],
  staff: ['field', '编辑署名：不是责任编辑，文章信息中没有此栏'],
  info: ['field', '信息公开目录的栏目（索引号、分类、有效性等），文章信息中没有此栏'],
  credit: ['field', '美术署名（标题书法、插图、制图等），不是文章作者，文章信息中没有此栏'],
}

const isLeftOut = (key: MetaField['key']): key is keyof typeof DROPPED_FIELDS => key in DROPPED_FIELDS

/**
 * Where the meta line stood: above the headline (a page header's date widget), under it, or elsewhere (a closing
 * 【责任编辑：…】). A line under the title speaks for the article; one above it may be the page's.
 */
export type MetaPlace = 'above' | 'head' | 'outside'

const PLACE: Record<MetaPlace, Cue> = {
  above: cue('标题上方的信息行（可能是页眉）', 0),
  head: cue('标题下的信息行', SOME),
  outside: cue('正文外的编辑信息（来源、责任编辑等）', SOME),
}

/** A field the page printed again with the same value: nothing is lost, but the line is listed like every line left out. */
const REPEATED = '重复的信息（与前面的相同）'

/**
 * Fills meta fields from a parsed meta line, one guess per field. Of two lines giving a field, the one with more
 * evidence wins (a labelled 「发布时间：…」 over a date widget's lone date), else the earlier one: a repeated meta
 * block (a page that prints it twice) or a different value is listed as left out.
 */
export function applyMetaFields(
  work: Work,
  fields: readonly MetaField[],
  line: TextEntry,
  place: MetaPlace,
  seen: Cue = cue('信息行开头的日期', GOOD),
): void {
  const m = work.meta
  const shown = (f: MetaField) => f.text ?? (f.label ? `${f.label}：${f.value}` : f.value)
  line.used = true
  for (const f of fields) {
    const asWritten = f.written ? [f.written, f.valueLine].filter(Boolean).join('\n') : shown(f)
    const leaveOut = (reason: string, kind: DroppedKind = 'repeated') =>
      work.dropped.push({ text: asWritten, kind, reason, item: line.index })
    if (isLeftOut(f.key)) {
      const [kind, reason] = DROPPED_FIELDS[f.key]
      leaveOut(reason, kind)
      continue
    }
    if (!f.value) {
      leaveOut('空的信息栏（只有标签，没有内容）', 'field')
      continue
    }
    const cues = [
      f.label ? cue(`标签「${f.label}」`, STRONG) : seen,
      PLACE[place],
      ...(f.valueLine ? [cue('标签与内容分在两行', -SOME)] : []),
    ]
    const key: MetaFieldName = f.key === 'issuedAt' ? 'publishedAt' : f.key
    let value: string
    if (f.key === 'issuedAt') {
      // A 发文日期 is the 发布时间 only if the page gives no 发布 date: settled when the head is read.
      const date = findDate(f.value)
      if (date && !work.issued)
        work.issued = { iso: date.iso, field: asWritten, line: line.text, item: line.index, cues }
      else
        leaveOut('另一个日期（发文或成文日期），已采用前面的')
      continue
    }
    /**
     * Whether another line holds the field. A different value with more evidence takes it back from that line;
     * else this line is listed: as a repeat, as what it is (a date widget), or as another value.
     */
    const held = (current: unknown, same: boolean, other: string): boolean => {
      if (!current) return false
      if (!same && outranks(work, key, scoreOf(cues))) {
        release(work, key)
        return false
      }
      if (same) leaveOut(REPEATED)
      else if (f.otherwise) leaveOut(f.otherwise.reason, f.otherwise.kind)
      else leaveOut(other)
      return true
    }
    if (f.key === 'publishedAt') {
      const date = findDate(f.value)
      if (!date) {
        work.warnings.push(`无法识别发布时间「${f.value}」，请手动填写。`)
        continue
      }
      value = date.iso
      if (held(m.publishedAt, m.publishedAt === value, '另一个发布时间（已采用前面的）')) continue
      m.publishedAt = value
    } else if (f.key === 'keywords') {
      const same = m.keywords?.join('、') === splitKeywords(f.value).join('、')
      if (held(m.keywords, same, '另一组关键词（已采用前面的）')) continue
      m.keywords = splitKeywords(f.value)
      value = f.value
    } else if (f.key === 'source' && !m.source && splitSourceCredit(f.value)) {
      const split = splitSourceCredit(f.value)!
      m.source = value = split.source
      if (!m.author) {
        m.author = split.names
        guess(work, line.text, { field: 'author' }, `作者「${split.names}」`, [
          cue('来源后面接着的通讯员、记者姓名', GOOD),
          PLACE[place],
        ])
      }
    } else {
      if (held(m[f.key], m[f.key] === f.value, `另一个${FIELD_NAMES[f.key]}（已采用前面的「${m[f.key]}」）`)) continue
      m[f.key] = value = f.value
    }
    const text = f.valueLine ? `${line.text}\n${f.valueLine}` : line.text
    guess(work, text, { field: key }, `${FIELD_NAMES[f.key]}「${value}」`, cues)
    const { kind, reason } = f.otherwise ?? {
      kind: 'repeated',
      reason: `另一个${FIELD_NAMES[f.key]}（已采用证据更充分的一行）`,
    }
    work.held[key] = { score: scoreOf(cues), drop: { text: asWritten, kind, reason, item: line.index } }
  }
}

/** Whether evidence of this weight beats what gave the field its value (a value from elsewhere stays). */
function outranks(work: Work, key: MetaFieldName, score: number): boolean {
  const held = work.held[key]
  return held !== undefined && score > held.score
}

/** Takes a field's value back from the line that gave it, which is listed as what it is (or as another value). */
function release(work: Work, key: MetaFieldName): void {
  work.dropped.push(work.held[key]!.drop)
  work.guesses = work.guesses.filter((g) => !('field' in g.at) || g.at.field !== key)
  delete work.meta[key]
  delete work.held[key]
}

/** A 发文日期 from an 信息公开 table becomes the 发布时间 when no 发布时间 was given. */
export function settleIssued(work: Work): void {
  const issued = work.issued
  if (!issued) return
  const cues = [...issued.cues, cue('页面没有另给发布时间', -WEAK)]
  if (work.meta.publishedAt && outranks(work, 'publishedAt', scoreOf(cues))) release(work, 'publishedAt')
  if (work.meta.publishedAt) {
    if (work.meta.publishedAt !== issued.iso)
      work.dropped.push({ text: issued.field, kind: 'repeated', reason: '发文日期（已有发布时间）', item: issued.item })
    return
  }
  work.meta.publishedAt = issued.iso
  guess(work, issued.line, { field: 'publishedAt' }, `发布时间「${issued.iso}」`, cues)
}
