import { chromeReason, isFooterLine } from './chrome'
import { codePoints, isBracketed, isDateLine, isSignoffName } from './line-shapes'
import type { Entry, TextEntry, Work } from './work'
import { drop } from './work'

/** Chrome anywhere on the page: each line is judged on its own. */
export function dropChrome(work: Work, chrome: Set<Entry>): void {
  for (const e of work.entries) {
    if (e.kind !== 'text' || e.used) continue
    const reason = chromeReason(e.text)
    if (reason) {
      drop(work, e, reason)
      chrome.add(e)
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
  for (const e of all.slice(start))
    if (e.kind === 'text' && !e.used) drop(work, e, '网站页脚（主办、维护、地址、备案信息等）')
}

/**
 * 落款 and 成文日期 at the end of the body: a date alone on its line, with up to two organisation
 * names right above it. A bracketed 附注 (（此件公开发布）) may follow the date.
 */
export function signoffLines(body: readonly TextEntry[]): Set<TextEntry> {
  let i = body.length - 1
  while (i >= 0 && i >= body.length - 2 && isBracketed(body[i]!.text)) i--
  const date = body[i]
  if (!date || !isDateLine(date.text)) return new Set()
  const lines = new Set([date])
  for (let k = i - 1; k >= 0 && k >= i - 2 && isSignoffName(body[k]!.text); k--) lines.add(body[k]!)
  return lines
}
