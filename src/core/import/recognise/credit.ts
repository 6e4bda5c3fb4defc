import type { Block } from '../../model/article'
import { blockText } from '../../model/text'
import { cue, GOOD, SOME, WEAK } from './evidence'
import type { Work } from './work'
import { guess, isOpenText } from './work'

/**
 * Who wrote the article or where it came from, when the page says so only at its end (research/portal.md §3):
 * a parenthesis closing the last paragraph (「…未然。（东沟镇张洁）」, 「（郑明辉 骆力军）」, 「（作者：王某）」,
 * 「（张三/文 李四/图）」), a photographer's 「王某 摄」 ending a photo story, or a line of its own naming the
 * organisation it came from (「（生态环境部）」, its bracket maybe lost).
 */

/** A unit that may lead a correspondent's name: 「东沟镇张洁」, 「县交通局王某」. */
const UNIT =
  /^\p{Script=Han}{2,12}?(?:镇|乡|村|县|区|市|局|委|办|站|所|中心|公司|街道|社区|学校|医院)(?=\p{Script=Han}{2,3}$)/u
const ROLE =
  /^(?:本报|本台|本刊|本网)?(?:特约|见习|实习)?(?:作者|记者|通讯员|撰稿|文|图|摄影|摄)\s*[:：]?\s*|\s*[/／]\s*(?:文|图|摄影?)$/gu
/** Short words a closing bracket holds that are not names: 「（完）」, 「（待续）」, 「（见附件）」, an agency. */
const NOT_NAME =
  /^(?:全文完|未完待续|待续|未完|见图|图片|附图|见附件|附件)$|(?:社|网|报|台|部|局|委|办|院|会|站|所|组|队|处|科|室)$/u
const ORGANISATION = /^\p{Script=Han}{2,20}(?:部|局|厅|委|办|署|院|会|中心|集团|日报|晚报|报社|电视台|政府)$/u

/** The people a credit names, role words and a leading unit dropped; undefined unless it names only people. */
export function creditedNames(credit: string): string | undefined {
  const names = credit
    .split(/[\s、，,]+/u)
    .map((token) => token.replace(ROLE, '').replace(UNIT, ''))
    .filter(Boolean)
  return names.length &&
    names.length <= 4 &&
    names.every((n) => /^\p{Script=Han}{2,3}$/u.test(n) && !NOT_NAME.test(n))
    ? names.join(' ')
    : undefined
}

/** Names in a parenthesis that closes a paragraph, or before the 摄 that closes a photo story. */
function trailingCredit(paragraph: string): { text: string; names: string } | undefined {
  const bracket = /[（(]([^（）()]{2,24})[）)]\s*$/u.exec(paragraph)
  const photo = /[。！？]\s*((?:\p{Script=Han}{2,3}\s+){1,3})摄\s*$/u.exec(paragraph)
  const m = bracket ?? photo
  const names = m && creditedNames(m[1]!)
  return m && names ? { text: m[0].trim(), names } : undefined
}

/**
 * A line of its own right after the last paragraph, bracketed (its closing bracket may be lost in a copy): the
 * organisation the article came from becomes the 来源, people the 作者. Marks the line used.
 */
export function readClosingCredit(work: Work): void {
  const last = work.entries.findLast(isOpenText)
  const m = last && /^[（(]\s*([^（）()]{2,24}?)\s*[）)]?$/u.exec(last.text)
  if (!last || !m) return
  const names = creditedNames(m[1]!)
  const field = names ? 'author' : ORGANISATION.test(m[1]!) ? 'source' : undefined
  if (!field || work.meta[field]) return
  const value = names ?? m[1]!
  work.meta[field] = value
  last.used = true
  const seen = names ? '文末括号中的人名（作者）' : '文末括号中的机构名（来源）'
  guess(work, last.text, { field }, `${field === 'author' ? '作者' : '来源'}「${value}」`, [
    cue(seen, GOOD),
    cue('独占正文后的最后一行', SOME),
  ])
}

/** The 作者 from a credit closing the last paragraph, when the page gave none above; the text stays as written. */
export function readTrailingAuthor(work: Work, blocks: readonly Block[]): void {
  if (work.meta.author) return
  const last = blocks.findLast(
    (b) => b.type === 'paragraph' && (!b.role || b.role === 'body' || b.role === 'lead'),
  )
  const credit = last && trailingCredit(blockText(last))
  if (!credit) return
  work.meta.author = credit.names
  guess(work, credit.text, { field: 'author' }, `作者「${credit.names}」`, [
    cue('正文最后一段末尾的署名（括号中的人名，或“摄”）', GOOD),
    cue('页面上方没有作者', WEAK),
  ])
}

/**
 * A 来源 that runs on into its correspondents (「某某网在线通讯员 某县交通局 通讯员 王某 李某」): the source is what
 * stands before the first role word, the 作者 the names after, their units left out. Undefined unless the rest is
 * only role words, units and names.
 */
export function splitSourceCredit(value: string): { source: string; names: string } | undefined {
  const m = /(?:本报|本台|本网)?(?:特约|见习|实习)?(?:通讯员|记者)/u.exec(value)
  if (!m || m.index < 2) return undefined
  const tokens = value
    .slice(m.index)
    .split(/(?:本报|本台|本网)?(?:特约|见习|实习)?(?:通讯员|记者)|[\s、，,]+/u)
    .filter(Boolean)
  const names = tokens.filter(
    (t) => !ORGANISATION.test(t) && !/(?:镇|乡|村|县|区|市|局|站|所|中心|公司)$/u.test(t),
  )
  const credited = creditedNames(names.join(' '))
  return credited ? { source: value.slice(0, m.index).trim(), names: credited } : undefined
}
