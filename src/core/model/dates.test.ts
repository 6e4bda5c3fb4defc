import { describe, expect, it } from 'vitest'
import { findDate, formatPublishedAt, isPublishedAt, isWrittenDate, parsePublishedAt } from './dates'

describe('发布时间', () => {
  it('shows YYYY-MM-DD HH:MM in Beijing time whatever offset the value has', () => {
    expect(formatPublishedAt('2020-08-03T16:26:27+08:00')).toBe('2020-08-03 16:26')
    expect(formatPublishedAt('2020-08-03T08:26:27Z')).toBe('2020-08-03 16:26')
    expect(formatPublishedAt('2020-08-03T20:00:00Z')).toBe('2020-08-04 04:00')
  })

  it('shows a date-only value as the date, never with an invented 00:00', () => {
    expect(formatPublishedAt('2020-08-03')).toBe('2020-08-03')
    expect(formatPublishedAt('2020-08-03T16:26+08:00')).toBe('2020-08-03 16:26')
  })

  it('shows nothing for a missing or unreadable time', () => {
    expect(formatPublishedAt(undefined)).toBeUndefined()
    expect(formatPublishedAt('去年')).toBeUndefined()
    expect(formatPublishedAt('2020-02-30')).toBeUndefined()
  })

  it('keeps the precision a page wrote: date, minute or second', () => {
    expect(findDate('编稿时间: 2018-01-27 16:31 来源')?.iso).toBe('2018-01-27T16:31+08:00')
    expect(findDate('2020-08-03 16:26:27')?.iso).toBe('2020-08-03T16:26:27+08:00')
    expect(findDate('发表日期: 2026年01月28日')?.iso).toBe('2026-01-28')
    expect(findDate('(2018/8/14 8:30:52)')?.iso).toBe('2018-08-14T08:30:52+08:00')
    expect(findDate('2010/1/6 16:43:13 次浏览')?.iso).toBe('2010-01-06T16:43:13+08:00')
  })

  it('reads a midnight placeholder time as no time', () => {
    expect(findDate('2023-03-21 00:00:00')?.iso).toBe('2023-03-21')
  })

  it('reads what a person types into the field, and nothing that only mentions a date', () => {
    expect(parsePublishedAt('2020-08-03 16:26')).toBe('2020-08-03T16:26+08:00')
    expect(parsePublishedAt('2020年8月3日')).toBe('2020-08-03')
    expect(parsePublishedAt(' 2020-08-03T16:26:27+08:00 ')).toBe('2020-08-03T16:26:27+08:00')
    expect(parsePublishedAt('8月3日召开')).toBeUndefined()
    expect(parsePublishedAt('2020-08-03 开会')).toBeUndefined()
  })

  it('accepts only real ISO values in the model', () => {
    expect(isPublishedAt('2020-08-03')).toBe(true)
    expect(isPublishedAt('2020-08-03T16:26+08:00')).toBe(true)
    expect(isPublishedAt('2020-08-03T16:26')).toBe(false)
    expect(isPublishedAt('2020-13-03')).toBe(false)
  })
})

describe('成文日期 lines', () => {
  it('are a date alone on the line, in digits or Chinese numerals', () => {
    expect(isWrittenDate('2024年3月15日')).toBe(true)
    expect(isWrittenDate('二〇二四年三月十五日')).toBe(true)
    expect(isWrittenDate('2024年3月15日召开会议')).toBe(false)
  })
})
