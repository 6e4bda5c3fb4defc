/**
 * Fast character tests for the normaliser and the checks, by UTF-16 code unit (they run on every
 * character of a draft). Ideographs beyond the BMP (Ext B+, U+20000–U+3134F) are seen through their
 * surrogates: the high half by range, the low half always, which errs towards "Chinese" for emoji.
 */

export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 ||
    (c >= 0xd840 && c <= 0xd884) ||
    (c >= 0xdc00 && c <= 0xdfff)
  )
}

/** Full-width / CJK punctuation (GB/T 15834) except the ideographic space. */
export function isCjkPunctCode(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x00b7 ||
    c === 0xfe30 ||
    (c >= 0xfe31 && c <= 0xfe4f)
  )
}

/** Han or CJK punctuation: the company that makes an ASCII mark "Chinese". */
export function isWideCode(c: number): boolean {
  return isHanCode(c) || isCjkPunctCode(c)
}

/** Inline spaces normalisation may remove; U+3000 is typed on purpose and kept (except as indent). */
export function isSoftSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x09
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}
