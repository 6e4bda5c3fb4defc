/**
 * 发布时间 in the model: ISO 8601 at the precision the source gave it — a date (2020-08-03), a date and
 * minute (2020-08-03T16:26+08:00) or a second (2020-08-03T16:26:27+08:00). A date-only value stays date-only
 * everywhere, so no renderer invents a 00:00. Portals publish Beijing time without a zone: +08:00.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/

/** Dates as pages and people write them: 2020-08-03 16:26:27, 2020年8月3日 16时26分, 2020/8/3, 2020.8.3 … */
const WRITTEN =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T\s]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*(\d{1,2})\s*秒?)?)?/u

const pad = (n: number) => String(n).padStart(2, '0')

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

export function isPublishedAt(value: string): boolean {
  const m = ISO.exec(value)
  if (!m) return false
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => (v === undefined ? 0 : Number(v))) as number[]
  return validDay(y!, mo!, d!) && h! <= 23 && mi! <= 59 && s! <= 59 && (m[4] === undefined || m[7] !== undefined)
}

export interface FoundDate {
  /** The model's value, at the precision written. */
  iso: string
  /** The text that was read, to tell a date-only value from a sentence that mentions one. */
  matched: string
  index: number
}

/**
 * The first date written in `text`, with its time if one follows. A time of exactly 00:00 is a CMS placeholder
 * (the page shows no real time), so it reads as date-only.
 */
export function findDate(text: string): FoundDate | undefined {
  const m = WRITTEN.exec(text)
  if (!m) return undefined
  const [y, mo, d] = m.slice(1, 4).map(Number) as [number, number, number]
  if (!validDay(y, mo, d)) return undefined
  const date = `${y}-${pad(mo)}-${pad(d)}`
  if (m[4] === undefined) return { iso: date, matched: m[0], index: m.index }
  const [h, mi, s] = [Number(m[4]), Number(m[5]), m[6] === undefined ? undefined : Number(m[6])]
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return undefined
  if (h === 0 && mi === 0 && !s) return { iso: date, matched: m[0], index: m.index }
  const time = `${pad(h)}:${pad(mi)}${s === undefined ? '' : ':' + pad(s)}`
  return { iso: `${date}T${time}+08:00`, matched: m[0], index: m.index }
}

/** A whole value that is a date (and time) and nothing else: what a person types into the 发布时间 field. */
export function parsePublishedAt(value: string): string | undefined {
  const trimmed = value.trim()
  if (isPublishedAt(trimmed)) return trimmed
  const found = findDate(trimmed)
  return found && found.matched.length === trimmed.length ? found.iso : undefined
}

/**
 * 2020-08-03 16:26, or 2020-08-03 for a date-only value (《网页设计规范》's form), in Beijing time whatever
 * offset the value carries and whatever the machine's zone or locale.
 */
export function formatPublishedAt(iso: string | undefined): string | undefined {
  if (!iso || !isPublishedAt(iso)) return undefined
  if (iso.length === 10) return iso
  const beijing = new Date(Date.parse(iso) + 8 * 3600_000)
  return (
    `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())} ` +
    `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`
  )
}

const CN_DIGIT = '〇零一二三四五六七八九'

const WRITTEN_DATE = new RegExp(
  `^(\\d{4}|[${CN_DIGIT}]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日$`,
  'u',
)

/** 〇 and 零 are 0, 一…九 1–9. */
const digit = (c: string) => Math.max(0, CN_DIGIT.indexOf(c) - 1)

/** 2024, 二〇二四, 15, 十五, 三十一 → the number. */
function numeral(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text)
  if (!text.includes('十')) return Number([...text].map(digit).join(''))
  const [tens, units] = text.split('十') as [string, string]
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0)
}

/** The date of a 成文日期 line (GB/T 9704 §7.3.5): 2024年3月15日 or 二〇二四年三月十五日 → 2024-03-15. */
export function readWrittenDate(line: string): string | undefined {
  const m = WRITTEN_DATE.exec(line)
  if (!m) return undefined
  const [y, mo, d] = m.slice(1, 4).map((v) => numeral(v!)) as [number, number, number]
  return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined
}

/** 成文日期 (GB/T 9704 §7.3.5): 2024年3月15日 or 二〇二四年三月十五日, alone on its line. */
export function isWrittenDate(line: string): boolean {
  return WRITTEN_DATE.test(line)
}
