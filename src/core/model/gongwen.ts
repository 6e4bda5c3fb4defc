import { isWrittenDate } from './dates'

/** Splitting 公文 lines whose parts are set apart (GB/T 9704-2012 §8), shared by every renderer. */

/**
 * 印发机关和印发日期 (§8.2): the issuer stands at the left and 「2024年3月15日印发」 at the right of one line.
 * The date is what follows the last run of spaces, or the trailing date when the two are written together.
 */
export function imprintParts(text: string): { issuer: string; date: string } {
  const trimmed = text.trim()
  const spaced = /^(.*\S)[\s\u00a0\u3000]+(\S+)$/u.exec(trimmed)
  if (spaced && isImprintDate(spaced[2]!)) return { issuer: spaced[1]!, date: spaced[2]! }
  const joined = /^(.*?)((?:\d{4}|[〇零一二三四五六七八九]{4})年\S*日印发)$/u.exec(trimmed)
  if (joined && joined[1]) return { issuer: joined[1], date: joined[2]! }
  return { issuer: trimmed, date: '' }
}

function isImprintDate(value: string): boolean {
  return isWrittenDate(value.replace(/印发$/u, ''))
}

/** 抄送：… (§8.1): the label, whose width the wrapped lines hang under, and the organisations. */
export function ccParts(text: string): { label: string; rest: string } {
  const m = /^(\s*抄\s*送\s*[:：]\s*)/u.exec(text)
  return m ? { label: m[1]!, rest: text.slice(m[1]!.length) } : { label: '', rest: text }
}
