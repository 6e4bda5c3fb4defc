import LineBreaker from 'linebreak'

/**
 * Where a Latin run (a word, a number, a URL, an e-mail address) may be broken when a line cannot
 * do without it, best first. Chinese is never hyphenated and neither are these runs: no hyphen is
 * added, so what the reader copies stays what was written.
 *
 * 1. UAX #14 opportunities (the `linebreak` package): after a hyphen, after / in a URL.
 * 2. Inside an identifier or address: at a change of case (camelCase), or after . _ @ = & ? # : before a
 *    letter. Never inside a number (3,500, 47.3) or a plain word.
 * 3. Anywhere between two characters: only for a run longer than the line itself.
 */

export type WordBreakClass = 1 | 2 | 3

const PUNCT_AFTER = /[._@=&?#:,;]/
const LOWER = /\p{Ll}/u
const UPPER = /\p{Lu}/u
const LETTER = /\p{L}/u

/** Offsets (UTF-16) inside `text` where it may break, each with its class; never at either end. */
export function wordBreaks(text: string): Map<number, WordBreakClass> {
  const out = new Map<number, WordBreakClass>()
  const breaker = new LineBreaker(text)
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) if (b.position > 0 && b.position < text.length) out.set(b.position, 1)
  const chars = [...text]
  let at = 0
  for (let k = 0; k + 1 < chars.length; k++) {
    at += chars[k]!.length
    if (out.has(at)) continue
    const [a, b] = [chars[k]!, chars[k + 1]!]
    const inner = (LOWER.test(a) && UPPER.test(b)) || (PUNCT_AFTER.test(a) && LETTER.test(b))
    out.set(at, inner ? 2 : 3)
  }
  return out
}
