/**
 * Dates as portals and newspapers write them (2020-08-03 16:26:27, 2020年8月3日 16:26, 2020/8/3 …) →
 * ISO 8601 in China Standard Time. Portals publish local time without a zone, which is +08:00.
 */

const DATE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/

const pad = (n: number) => String(n).padStart(2, '0')

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

export interface FoundDate {
  iso: string
  /** The matched text, to tell a date-only value from a sentence that mentions one. */
  matched: string
}

export function findDate(value: string): FoundDate | undefined {
  const m = DATE.exec(value)
  if (!m) return undefined
  const [y, mo, d, h = 0, mi = 0, s = 0] = m
    .slice(1)
    .map((v) => (v === undefined ? undefined : Number(v))) as number[]
  if (y! < 1900 || y! > 2200 || !validDay(y!, mo!, d!) || h > 23 || mi > 59 || s > 59) return undefined
  return { iso: `${y}-${pad(mo!)}-${pad(d!)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`, matched: m[0] }
}

/** The whole value is a date (and time), nothing else. */
export function parseDateValue(value: string): string | undefined {
  const found = findDate(value)
  return found && found.matched.length === value.trim().length ? found.iso : undefined
}
