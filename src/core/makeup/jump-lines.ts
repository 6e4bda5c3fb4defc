const DIGITS = '〇一二三四五六七八九'

/** 2 → 二, 10 → 十, 12 → 十二, 20 → 二十, 108 → 一百零八: how a 版次 is written in a jump line. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '')
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '')
  const rest = n % 100
  return DIGITS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + DIGITS[rest] : (rest < 20 ? '一' : '') + chineseNumeral(rest))
}

/** 「（下转第二版）」 at the end of a frame whose text goes on on page 2; 「（上接第一版）」 where it goes on. */
export function jumpText(kind: '下转' | '上接', page: number): string {
  return `（${kind}第${chineseNumeral(page)}版）`
}
