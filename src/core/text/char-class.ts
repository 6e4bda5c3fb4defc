/** Character tests shared by import, normalisation, counting and typesetting. */

/** Han ideographs: CJK Unified (incl. Ext A) and Compatibility; Ext B+ via the astral ranges. */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007]|[\u{20000}-\u{3134f}]/u

export function isHan(ch: string): boolean {
  return HAN.test(ch)
}

/** CJK punctuation as used in Simplified Chinese text (GB/T 15834), full-width forms included. */
export const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u2018\u2019\u201c\u201d\u00b7\u2022\u2013\ufe30-\ufe4f]/u

export function isCjkPunct(ch: string): boolean {
  return CJK_PUNCT.test(ch) && ch !== '\u3000'
}

export function isAsciiPunct(ch: string): boolean {
  return /[!-/:-@[-`{-~]/.test(ch)
}

/**
 * Whitespace by code unit, as `/[\s\u00a0\u3000\ufeff]/u` reads one character (\s is ASCII space and controls,
 * NBSP, U+1680, U+2000–U+200A, the line and paragraph separators, U+202F, U+205F, U+3000 and U+FEFF).
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
