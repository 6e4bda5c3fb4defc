import type { Block, HeadingLevel } from './article'

const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as written in 公文 numbering). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '')
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '')
  const rest = n % 100
  const tail = rest === 0 ? '' : rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + chineseNumeral(rest) : chineseNumeral(rest)
  return DIGITS[Math.floor(n / 100) % 10] + '百' + tail
}

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二三四五六七八九十百]+$/u.test(text)) return undefined
  let total = 0
  let digit = 0
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100
      digit = 0
    } else if (ch === '十') {
      total += (digit || 1) * 10
      digit = 0
    } else digit = ch === '〇' ? 0 : DIGITS.indexOf(ch)
  }
  return total + digit
}

/** GB/T 9704-2012 §7.3.3: 一、 then （一） then 1. then （1）. */
export function headingLabel(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return chineseNumeral(n) + '、'
    case 2:
      return '（' + chineseNumeral(n) + '）'
    case 3:
      return n + '.'
    case 4:
      return '（' + n + '）'
  }
}

/** The count an author's own number stands for: 「三、」 → 3, 「（12）」 → 12, 「1.2 」 → 2. */
export function numberValue(number: string): number | undefined {
  const last = /([零〇一二三四五六七八九十百]+|\d+)\D*$/u.exec(number.trim())?.[1]
  if (!last) return undefined
  return /\d/.test(last) ? Number(last) : parseChineseNumeral(last)
}

/**
 * The label of every numbered heading, by block index. An author's own number is printed as written (numbers
 * are content); a heading without one is numbered on from the heading before it at its level, and a heading
 * restarts the count of every deeper level, so moving an unnumbered section renumbers it.
 */
export function headingLabels(blocks: readonly Block[]): Map<number, string> {
  const counters = [0, 0, 0, 0]
  const labels = new Map<number, string>()
  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return
    const i = block.level - 1
    counters[i] = (block.number !== undefined ? numberValue(block.number) : undefined) ?? counters[i]! + 1
    for (let deeper = i + 1; deeper < counters.length; deeper++) counters[deeper] = 0
    labels.set(index, block.number ?? headingLabel(block.level, counters[i]!))
  })
  return labels
}
