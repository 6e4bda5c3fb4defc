/**
 * Tokens normalisation must never touch (design §2 rule 1): URLs, e-mail, dates, times, numbers with
 * separators, phone numbers, filing codes (ICP备, 公网安备), document numbers (〔2017〕47号), 互联网+.
 * Returns a mask over UTF-16 offsets.
 */

const PATTERNS: readonly RegExp[] = [
  /(?:https?|ftp):\/\/[\x21-\x7e]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[\x21-\x7e]*/giu,
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu,
  /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/gu,
  /\d{1,2}:\d{2}(?::\d{2})?/gu,
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+/gu,
  /(?:\(?0\d{2,3}\)?-)?\d{7,8}(?:-\d{1,6})?|\b1\d{10}\b|\b400-?\d{3}-?\d{4}\b/gu,
  /\p{Script=Han}{1,2}ICP[备证]\s*[:：]?\s*\d+号?(?:-\d+)?/gu,
  /\p{Script=Han}{1,2}公网安备\s*[:：]?\s*\d+号?/gu,
  /\p{Script=Han}{0,12}[〔[［(（]\d{4}[〕\]］)）]\s*\d+\s*号/gu,
  /[\p{Script=Han}A-Za-z]+\+(?!\d)/gu,
]

/** A URL ends before the sentence punctuation that follows it. */
const URL_TAIL = /[.,;:!?)\]'"]+$/u

export function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length)
  PATTERNS.forEach((re, k) => {
    for (const m of text.matchAll(re)) {
      const token = k === 0 ? m[0].replace(URL_TAIL, '') : m[0]
      mask.fill(1, m.index!, m.index! + token.length)
    }
  })
  return mask
}
