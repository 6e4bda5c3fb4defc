import { UserError } from '../errors'

/**
 * Bytes → text for .txt/.html/.md drafts. Order (design §2): BOM → UTF-16 by its zero-byte pattern →
 * a charset the document declares → strict UTF-8 → GB18030 (a superset of GBK and GB2312), or Big5
 * when that reads as ordinary Chinese and GB18030 does not (traditional-character drafts).
 * The zero-byte test comes before UTF-8 because NUL bytes are valid in both UTF-8 and GB18030, so
 * only the pattern (every other byte zero, for ASCII) tells UTF-16 apart.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

/** Where a damaged byte sequence was replaced by U+FFFD: 1-based line and column (in characters). */
export interface ReplacedAt {
  line: number
  column: number
}

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  /** Damaged UTF-8: every place a byte sequence could not be read and became U+FFFD. */
  replaced?: ReplacedAt[]
}

const CHARSET_ALIASES: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return undefined
  }
}

function bomEncoding(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** Share of characters typical of Chinese or Western text: Han, CJK and general punctuation, ASCII. */
function commonShare(text: string): number {
  let good = 0
  const n = Math.min(text.length, 64 * 1024)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f)
    )
      good++
  }
  return n ? good / n : 0
}

/** Characters among the most frequent in Chinese and written the same in simplified and traditional. */
const FREQUENT_HAN = new Set(
  '的一是不了人我在有他中大上到以地也子出就要下生自之年得和可她小心多天而能好都然日起事只作想看文工公主用方法今所民市行成同其部分加面社定家高政重全明力情安品活相表水名外此本合提性原目位正常月理各等',
)

/** How many characters (UTF-16 units) of a decoding tell Chinese from a wrong decoding. */
const HAN_SAMPLE = 64 * 1024

const NOT_HAN = /\P{Script=Han}+/gu

/** Share of Han characters that are among the most frequent: real Chinese text ~25%, a wrong decoding ~1%. */
function frequentHanShare(text: string): number {
  let han = 0
  let frequent = 0
  for (const ch of text.slice(0, HAN_SAMPLE).replace(NOT_HAN, '')) {
    han++
    if (FREQUENT_HAN.has(ch)) frequent++
  }
  return han ? frequent / han : 0
}

/**
 * Whether Big5 reads more like Chinese than GB18030 (`gb`, undefined when the bytes are not GB18030), judged
 * on the first `HAN_SAMPLE` characters as `frequentHanShare` counts them: only a draft that Big5 wins is
 * decoded whole as Big5 too, not every GBK draft.
 */
function readsAsBig5(bytes: Uint8Array, gb: string | undefined): boolean {
  if (gb === undefined) return true
  // Big5 takes at most two bytes a character, so twice the sample's length in bytes holds the sample.
  const head = bytes.subarray(0, 2 * HAN_SAMPLE)
  let sample: string
  try {
    sample = new TextDecoder('big5', { fatal: true }).decode(head, { stream: head.length < bytes.length })
  } catch {
    return false
  }
  return frequentHanShare(sample) > 2 * frequentHanShare(gb) + 0.05
}

/**
 * UTF-16 without a BOM: only UTF-16 puts zero bytes in text (the high byte of every ASCII character,
 * newlines included). Both byte orders are tried and the one that reads as ordinary text wins; the
 * wrong order turns a newline into U+0A00 and 一 into U+004E.
 */
function utf16ByZeros(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length % 2 || !bytes.subarray(0, 64 * 1024).includes(0)) return undefined
  let best: DecodedText | undefined
  let bestShare = 0.9
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = decodeStrict(bytes, encoding)
    const share = text === undefined ? 0 : commonShare(text)
    if (text !== undefined && share > bestShare) {
      best = { text, encoding }
      bestShare = share
    }
  }
  return best
}

interface Utf8Scan {
  valid: number
  invalid: number
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and stray bytes, to tell damaged UTF-8 from GBK; adds to `runs`,
 * when given, the byte offsets where a run of bytes that are not UTF-8 starts (in GBK text nearly every
 * character would be one, so they are only collected for text found to be damaged UTF-8).
 */
function scanUtf8(bytes: Uint8Array, runs?: number[]): Utf8Scan {
  let valid = 0
  let invalid = 0
  let runEnd = -1
  const bad = (i: number) => {
    invalid++
    if (i !== runEnd) runs?.push(i)
    runEnd = i + 1
  }
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    let ok = len > 0 && i + len <= bytes.length
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80
    if (ok) {
      valid++
      i += len
    } else {
      bad(i)
      i++
    }
  }
  return { valid, invalid }
}

/** Line and column of each damaged run, counted in the text as the lenient decoder reads it. */
function replacedPositions(bytes: Uint8Array, runs: readonly number[]): ReplacedAt[] {
  const lenient = new TextDecoder('utf-8')
  const out: ReplacedAt[] = []
  let line = 1
  let lineStart = 0
  let scanned = 0
  for (const at of runs) {
    for (; scanned < at; scanned++)
      if (bytes[scanned] === 0x0a) {
        line++
        lineStart = scanned + 1
      }
    out.push({ line, column: lenient.decode(bytes.subarray(lineStart, at)).length + 1 })
  }
  return out
}

/**
 * Share of characters that belong in a Chinese or Western text. GB18030 accepts most byte soups
 * without error, so a decode that yields controls, private-use or replacement characters is refused.
 */
function looksLikeText(text: string, replacementsAllowed = false): boolean {
  let bad = 0
  const n = Math.min(text.length, 256 * 1024)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) bad++
    else if ((c === 0xfffd && !replacementsAllowed) || (c >= 0xe000 && c <= 0xf8ff)) bad++
  }
  return bad <= n * 0.01
}

function notText(): UserError {
  return new UserError(
    'import.binary',
    '文件内容不是文字，也不是版心支持的文稿格式。请导入 .docx、.txt、.html 或 .md 文稿。',
  )
}

/**
 * Strict UTF-8 is never byte soup, so a U+FFFD it holds was in the draft (a page's mojibake banner): it is
 * kept as text. Other decodings are refused when they yield one.
 */
function accept(text: string, encoding: TextEncodingName): DecodedText {
  if (text.includes('\u0000') || !looksLikeText(text, encoding === 'utf-8')) throw notText()
  return { text, encoding }
}

export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = bomEncoding(bytes)
  if (bom) {
    const text = decodeStrict(bytes, bom)
    if (text === undefined && bom === 'utf-8') return damagedUtf8(bytes)
    if (text === undefined) throw badEncoding(bom)
    return accept(text, bom)
  }
  const utf16 = utf16ByZeros(bytes)
  if (utf16 && looksLikeText(utf16.text) && !utf16.text.includes('\u0000')) return utf16
  const declared = declaredCharset ? CHARSET_ALIASES[declaredCharset.trim().toLowerCase()] : undefined
  if (declared) {
    const text = decodeStrict(bytes, declared)
    if (text !== undefined && looksLikeText(text)) return accept(text, declared)
  }
  const utf8 = decodeStrict(bytes, 'utf-8')
  if (utf8 !== undefined) return accept(utf8, 'utf-8')
  // A prefix decides between damaged UTF-8 and GBK, unless it is plain ASCII.
  const prefix = scanUtf8(bytes.subarray(0, 256 * 1024))
  const scan = prefix.valid + prefix.invalid ? prefix : scanUtf8(bytes)
  // Damaged UTF-8 (a truncated copy, one stray GBK word): read with U+FFFD where bytes are bad, and say where.
  if (scan.valid >= scan.invalid * 4) return damagedUtf8(bytes)
  const gb = decodeStrict(bytes, 'gb18030')
  // Both are double-byte encodings over the same byte ranges: the one that reads as Chinese wins.
  const big5 = readsAsBig5(bytes, gb) ? decodeStrict(bytes, 'big5') : undefined
  if (big5 !== undefined && looksLikeText(big5) && !big5.includes('\u0000')) return { text: big5, encoding: 'big5' }
  if (gb !== undefined && looksLikeText(gb) && !gb.includes('\u0000'))
    return { text: gb, encoding: 'gb18030' }
  if (bytes.includes(0)) throw notText()
  throw new UserError(
    'import.unknown-encoding',
    '无法识别文件的文字编码（不是 UTF-8、GBK/GB18030、Big5 或 UTF-16）。请用记事本或 WPS 打开后另存为 UTF-8 编码再导入。',
  )
}

function damagedUtf8(bytes: Uint8Array): DecodedText {
  const runs: number[] = []
  scanUtf8(bytes, runs)
  return { ...accept(new TextDecoder('utf-8').decode(bytes), 'utf-8'), replaced: replacedPositions(bytes, runs) }
}

function badEncoding(encoding: TextEncodingName): UserError {
  return new UserError(
    'import.bad-utf16',
    `文件标明是 ${encoding.toUpperCase()} 编码，但内容不完整或已损坏，无法读出。请用记事本打开后另存为 UTF-8 再导入。`,
  )
}
