/**
 * Tokens normalisation must never touch (design §2 rule 1): URLs, e-mail, dates, times, numbers with
 * separators, phone numbers, filing codes (ICP备, 公网安备), document numbers (〔2017〕47号), 互联网+.
 * Returns a mask over UTF-16 offsets, or undefined when the text holds none (most Chinese paragraphs).
 */

interface TokenPattern {
  /** A cheap test for whether the pattern can match at all; it runs on every paragraph. `digits`: the text has one. */
  may: (text: string, digits: boolean) => boolean
  re: RegExp
}

const DIGIT = /\d/
const hasDigit = (_t: string, digits: boolean) => digits

const PATTERNS: readonly TokenPattern[] = [
  {
    may: (t) => t.includes('://') || t.includes('www.'),
    re: /(?:https?|ftp):\/\/[\x21-\x7e]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[\x21-\x7e]*/giu,
  },
  { may: (t) => t.includes('@'), re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu },
  {
    may: hasDigit,
    re: /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+/gu,
  },
  { may: hasDigit, re: /(?:\(?0\d{2,3}\)?-)?\d{7,8}(?:-\d{1,6})?|\b1\d{10}\b|\b400-?\d{3}-?\d{4}\b/gu },
  { may: (t) => t.includes('ICP'), re: /\p{Script=Han}{1,2}ICP[备证]\s*[:：]?\s*\d+号?(?:-\d+)?/gu },
  { may: (t) => t.includes('公网安备'), re: /\p{Script=Han}{1,2}公网安备\s*[:：]?\s*\d+号?/gu },
  {
    may: (t, digits) => digits && t.includes('号'),
    re: /\p{Script=Han}{0,12}[〔[［(（]\d{4}[〕\]］)）]\s*\d+\s*号/gu,
  },
  { may: (t) => t.includes('+'), re: /[\p{Script=Han}A-Za-z]+\+(?!\d)/gu },
]

/** A URL ends before the sentence punctuation that follows it. */
const URL_TAIL = /[.,;:!?)\]'"]+$/u

export function protectedMask(text: string): Uint8Array | undefined {
  let mask: Uint8Array | undefined
  const digits = DIGIT.test(text)
  for (let k = 0; k < PATTERNS.length; k++) {
    const { may, re } = PATTERNS[k]!
    if (!may(text, digits)) continue
    // `exec` on the shared expression rather than `matchAll`, which copies it and makes an iterator per text.
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const token = k === 0 ? m[0].replace(URL_TAIL, '') : m[0]
      mask ??= new Uint8Array(text.length)
      mask.fill(1, m.index, m.index + token.length)
    }
  }
  return mask
}
