/**
 * The 报头's dates: the Gregorian date with its weekday, and the date in the Chinese lunisolar
 * calendar (农历乙巳年四月初四) from ICU's Chinese calendar (`Intl`, `ca-chinese`), which Node and
 * Chromium both ship in full. Dates are calendar days (YYYY-MM-DD), formatted in UTC so the machine's
 * time zone cannot move them.
 */

function noon(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d, 12))
}

// Made on first use: loading ICU's Chinese calendar costs ~20 ms, which every CLI command would pay at start-up
// (the export path loads this module but only a 报头 needs the dates).
let weekdayFormat: Intl.DateTimeFormat | undefined
let lunarFormat: Intl.DateTimeFormat | undefined
const weekday = () => (weekdayFormat ??= new Intl.DateTimeFormat('zh-CN', { weekday: 'long', timeZone: 'UTC' }))
const lunar = () =>
  (lunarFormat ??= new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }))

/** 2025年5月1日 星期四. */
export function gregorianDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日 ${weekday().format(noon(date))}`
}

const DIGITS = '〇一二三四五六七八九十'

/** 1 → 初一, 10 → 初十, 15 → 十五, 20 → 二十, 21 → 廿一, 30 → 三十: how lunar days are written. */
export function lunarDay(day: number): string {
  if (day <= 10) return '初' + DIGITS[day]
  if (day < 20) return '十' + DIGITS[day - 10]
  if (day === 20) return '二十'
  if (day < 30) return '廿' + DIGITS[day - 20]
  return '三十'
}

/** 农历乙巳年四月初四; a leap month reads 闰二月. */
export function lunarDate(date: string): string {
  const parts = lunar().formatToParts(noon(date))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `农历${part('yearName')}年${part('month')}${lunarDay(Number(part('day')))}`
}
