import {
  chromeReason,
  continuesNumberedList,
  isCommentNotice,
  isFooterLine,
  isListedTitle,
  isPhotoCaption,
  JUMP_LINE,
  opensArticleList,
} from './chrome'
import { codePoints, isAttachmentLine, isBracketed, isSignoffName } from './line-shapes'
import { findDate, readWrittenDate } from '../../model/dates'
import type { DroppedKind } from '../../model/review'
import type { Entry, TextEntry, Work } from './work'
import { drop, isOpenText } from './work'

/**
 * Chrome anywhere on the page, each line judged on its own; a widget's heading or a bare 上一篇 takes the
 * other articles' titles listed under it (up to eight, each short and without a sentence inside), a comment
 * board's numbered rule takes the rules numbered next to it, and a jump line the photo captions after it (the
 * story goes on elsewhere; its pictures' captions stand where the page put them).
 */
export function dropChrome(work: Work, chrome: Set<Entry>): void {
  const all = work.entries
  const take = (e: TextEntry, reason: string, kind: DroppedKind = 'chrome') => {
    drop(work, e, kind, reason)
    chrome.add(e)
  }
  for (let i = 0; i < all.length; i++) {
    const e = all[i]!
    if (e.kind !== 'text' || e.used) continue
    const reason = chromeReason(e.text)
    if (!reason) continue
    take(e, reason)
    if (isCommentNotice(e.text)) {
      takeNumbered(all, i, -1, take)
      i = takeNumbered(all, i, 1, take)
    } else if (reason === JUMP_LINE) {
      for (let next = all[i + 1]; isOpenText(next) && isPhotoCaption(next.text); next = all[++i + 1])
        take(next, '图片说明（图片不在文稿中）', 'caption')
    }
    if (!opensArticleList(e.text)) continue
    for (let k = i + 1; k < all.length && k <= i + 8; k++) {
      const next = all[k]!
      if (
        next.kind !== 'text' ||
        next.used ||
        !isListedTitle(next.text) ||
        (chromeReason(next.text) && !opensArticleList(next.text))
      )
        break
      if (opensArticleList(next.text)) break
      take(next, '其他文章的标题（排行、相关文章或上一篇/下一篇）')
      i = k
    }
  }
}

/** The rules numbered on from a comment board's rule at `i`, going `step`; returns the last index taken. */
function takeNumbered(
  all: readonly Entry[],
  i: number,
  step: 1 | -1,
  take: (e: TextEntry, reason: string) => void,
): number {
  let k = i
  for (let next = all[k + step]; isOpenText(next); next = all[k + step]) {
    if (!continuesNumberedList(next.text, (all[k] as TextEntry).text, step)) break
    take(next, '留言板须知或免责声明（同一编号列表）')
    k += step
  }
  return Math.max(k, i)
}

/**
 * The footer block at the end of a portal page: from the first footer or chrome line after the last
 * real paragraph to the end. Short lines inside it (a site name between the nav bar and 主办) go with
 * it. If no real paragraph precedes it, nothing is dropped: there is no body to protect it from.
 */
const SENTENCE_STOP = /[。！？]/u
const OPEN_BRACKET = /^[（(]/u

export function dropFooter(work: Work, chrome: Set<Entry>): void {
  const all = work.entries
  const short = (e: Entry) =>
    e.kind === 'text' && (e.used || (codePoints(e.text) <= 30 && !SENTENCE_STOP.test(e.text)))
  const footerish = (e: Entry) => chrome.has(e) || (e.kind === 'text' && !e.used && isFooterLine(e.text))
  let i = all.length - 1
  while (i >= 0 && (footerish(all[i]!) || short(all[i]!))) i--
  if (i < 0) return
  let start = i + 1
  while (start < all.length && !footerish(all[start]!)) start++
  // One or two short lines between the last paragraph and the footer are the page's too (a programme's name,
  // 「友情链接:」), unless they close an article: 「（完）」, a credit whose bracket a copy lost, a date. More are
  // a list of the article's own.
  const pageish = (e: Entry) =>
    e.kind === 'text' &&
    (e.used || (short(e) && !OPEN_BRACKET.test(e.text) && !signedDateOf(e.text) && !isClosingLine(e.text)))
  const between = all.slice(i + 1, start)
  if (start < all.length && between.every(pageish) && between.filter((e) => !e.used).length <= 2)
    start = i + 1
  // A 公文's closing parts are content, never footer (GB/T 9704 §7.3): the footer starts after the last of them.
  const open = all.filter((e): e is TextEntry => e.kind === 'text' && !e.used && !chrome.has(e))
  const closing = closingLines(open)
  for (let k = all.length - 1; k >= start; k--) {
    const e = all[k]!
    if (e.kind === 'text' && !chrome.has(e) && (closing.has(e) || isClosingLine(e.text))) {
      start = k + 1
      break
    }
  }
  for (const e of all.slice(start))
    if (e.kind === 'text' && !e.used) drop(work, e, 'chrome', '网站页脚（主办、维护、地址、备案信息等）')
}

/** 附件说明, 抄送 and 印发 lines (GB/T 9704 §7.3.4, §8.1, §8.2): article content wherever they stand. */
const COPIED_TO = /^抄\s*送\s*[:：]/u
const PRINTED_ON = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$/u

export function isClosingLine(line: string): boolean {
  const t = line.trim()
  return isAttachmentLine(t) || COPIED_TO.test(t) || PRINTED_ON.test(t)
}

/** A numbered line of the 附件说明 list (「2. 分工表」 under 「附件：1. …」). */
const LISTED = /^\s*\d+[.．、]/u

function attachmentListed(body: readonly TextEntry[], k: number): boolean {
  while (k >= 0 && LISTED.test(body[k]!.text)) k--
  return k >= 0 && isAttachmentLine(body[k]!.text.trim())
}

export type ClosingRole = 'signoff' | 'signed-date' | 'annotation'

/**
 * The date of a 成文日期 line: written whole (2024年3月15日, 二〇二四年三月十五日), or a copy that lost its 年月日
 * and kept the numbers among stray marks (「{ 2017 6 23」) — still the document's date, never body text.
 */
const BARE_DATE = /^[^\p{L}\p{N}]*(\d{4})\s+(\d{1,2})\s+(\d{1,2})[^\p{L}\p{N}]*$/u

export function signedDateOf(line: string): string | undefined {
  const written = readWrittenDate(line)
  if (written) return written
  const m = BARE_DATE.exec(line)
  return m ? findDate(`${m[1]}-${m[2]}-${m[3]}`)?.iso : undefined
}

/**
 * A 公文's 落款 (GB/T 9704 §7.3.5): a 成文日期 alone on its line with up to two issuing bodies right above it,
 * and the bracketed 附注 (（此件公开发布）, §7.3.6) right below — or, on a page that reordered them, between the
 * 署名 and the date. At the end of the body the date may stand alone; anywhere else — a notice whose closing
 * comes before the 方案 it issues — it needs its 署名 above, and the 署名 must follow text that ended a
 * sentence, so a date line inside a news story stays text.
 */
const CLAUSE_END = /[。；：:;]$/u

export function closingLines(body: readonly TextEntry[]): Map<TextEntry, ClosingRole> {
  const roles = new Map<TextEntry, ClosingRole>()
  const text = (k: number) => body[k]?.text.trim() ?? ''
  for (let i = 0; i < body.length; i++) {
    if (!signedDateOf(text(i))) continue
    let after = i + 1
    while (after < body.length && after <= i + 2 && isBracketed(text(after))) after++
    let names = i
    while (names > 0 && names > i - 2 && isBracketed(text(names - 1))) names--
    let top = names
    while (top > 0 && top > names - 3 && isSignoffName(text(top - 1)) && !isBracketed(text(top - 1))) top--
    if (top === names) names = top = i
    const atEnd = after === body.length
    const closesText =
      top > 0 &&
      top < i &&
      (CLAUSE_END.test(text(top - 1)) || isClosingLine(text(top - 1)) || attachmentListed(body, top - 1))
    if (!atEnd && !closesText) continue
    for (let k = top; k < names; k++) roles.set(body[k]!, 'signoff')
    for (let k = names; k < i; k++) roles.set(body[k]!, 'annotation')
    roles.set(body[i]!, 'signed-date')
    for (let k = i + 1; k < after; k++) roles.set(body[k]!, 'annotation')
  }
  return roles
}
