import { describe, expect, it } from 'vitest'
import { gregorianDate, lunarDate, lunarDay } from './issue-date'

describe('报头日期', () => {
  it('公历日期带星期', () => {
    expect(gregorianDate('2025-05-01')).toBe('2025年5月1日 星期四')
    expect(gregorianDate('2024-02-29')).toBe('2024年2月29日 星期四')
  })

  it('农历：干支纪年、月名与初一至三十的日名', () => {
    expect(lunarDate('2025-05-01')).toBe('农历乙巳年四月初四')
    expect(lunarDate('2024-02-10')).toBe('农历甲辰年正月初一')
    expect(lunarDate('2023-03-22')).toBe('农历癸卯年闰二月初一')
    expect(lunarDate('2025-01-28')).toBe('农历甲辰年腊月廿九')
  })

  it('日名与 ICU 的完整农历日期写法一致', () => {
    const full = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { dateStyle: 'full', timeZone: 'UTC' })
    for (let d = 0; d < 60; d++) {
      const date = new Date(Date.UTC(2025, 0, 1 + d, 12))
      const parts = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(date)
      const day = Number(parts.find((p) => p.type === 'day')!.value)
      expect(full.format(date)).toContain(lunarDay(day) + '星期')
    }
  })
})
