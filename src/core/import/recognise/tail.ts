import { chromeReason, isFooterLine, isListedTitle, opensArticleList } from './chrome'
import { codePoints, isAttachmentLine, isBracketed, isDateLine, isSignoffName } from './line-shapes'
import type { Entry, TextEntry, Work } from './work'
import { drop } from './work'

/**
 * Chrome anywhere on the page, each line judged on its own; a widget's heading or a bare 上一篇 takes the
 * other articles' titles listed under it (up to eight, each short and without a sentence inside).
 */
export function dropChrome(work: Work, chrome: Set<Entry>): void {
  const all = work.entries
  for (let i = 0; i < all.length; i++) {
    const e = all[i]!
    if (e.kind !== 'text' || e.used) continue
    const reason = chromeReason(e.text)
    if (!reason) continue
    drop(work, e, reason)
    chrome.add(e)
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
      drop(work, next, '其他文章的标题（排行、相关文章或上一篇/下一篇）')
      chrome.add(next)
      i = k
    }
  }
}

/**
 * The footer block at the end of a portal page: from the first footer or chrome line after the last
 * real paragraph to the end. Short lines inside it (a site name between the nav bar and 主办) go with
 * it. If no real paragraph precedes it, nothing is dropped: there is no body to protect it from.
 */
export function dropFooter(work: Work, chrome: Set<Entry>): void {
  const all = work.entries
  const short = (e: Entry) =>
    e.kind === 'text' && (e.used || (codePoints(e.text) <= 30 && !/[。！？]/u.test(e.text)))
  const footerish = (e: Entry) => chrome.has(e) || (e.kind === 'text' && !e.used && isFooterLine(e.text))
  let i = all.length - 1
  while (i >= 0 && (footerish(all[i]!) || short(all[i]!))) i--
  if (i < 0) return
  let start = i + 1
  while (start < all.length && !footerish(all[start]!)) start++
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
    if (e.kind === 'text' && !e.used) drop(work, e, '网站页脚（主办、维护、地址、备案信息等）')
}

/** 附件说明, 抄送 and 印发 lines (GB/T 9704 §7.3.4, §8.1, §8.2): article content wherever they stand. */
export function isClosingLine(line: string): boolean {
  const t = line.trim()
  return (
    isAttachmentLine(t) ||
    /^抄\s*送\s*[:：]/u.test(t) ||
    /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$/u.test(t)
  )
}

/** A numbered line of the 附件说明 list (「2. 分工表」 under 「附件：1. …」). */
function attachmentListed(body: readonly TextEntry[], k: number): boolean {
  while (k >= 0 && /^\s*\d+[.．、]/u.test(body[k]!.text)) k--
  return k >= 0 && isAttachmentLine(body[k]!.text.trim())
}

export type ClosingRole = 'signoff' | 'signed-date' | 'annotation'

/**
 * A 公文's 落款 (GB/T 9704 §7.3.5): a 成文日期 alone on its line with up to two issuing bodies right above it,
 * and the bracketed 附注 (（此件公开发布）, §7.3.6) right below. At the end of the body the date may stand
 * alone; anywhere else — a notice whose closing comes before the 方案 it issues — it needs its 署名 above,
 * and the 署名 must follow text that ended a sentence, so a date line inside a news story stays text.
 */
export function closingLines(body: readonly TextEntry[]): Map<TextEntry, ClosingRole> {
  const roles = new Map<TextEntry, ClosingRole>()
  const text = (k: number) => body[k]?.text.trim() ?? ''
  for (let i = 0; i < body.length; i++) {
    if (!isDateLine(text(i))) continue
    let after = i + 1
    while (after < body.length && after <= i + 2 && isBracketed(text(after))) after++
    let top = i
    while (top > 0 && top > i - 3 && isSignoffName(text(top - 1))) top--
    const atEnd = after === body.length
    const closesText =
      top > 0 &&
      top < i &&
      (/[。；：:;]$/u.test(text(top - 1)) || isClosingLine(text(top - 1)) || attachmentListed(body, top - 1))
    if (!atEnd && !closesText) continue
    for (let k = top; k < i; k++) roles.set(body[k]!, 'signoff')
    roles.set(body[i]!, 'signed-date')
    for (let k = i + 1; k < after; k++) roles.set(body[k]!, 'annotation')
  }
  return roles
}
