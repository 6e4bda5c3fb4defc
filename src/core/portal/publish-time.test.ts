import { describe, expect, it } from 'vitest'
import { formatPublishTime, publishDateStamp } from './publish-time'

describe('发布时间', () => {
  it('shows YYYY-MM-DD HH:MM in Beijing time whatever offset the ISO string has', () => {
    expect(formatPublishTime('2020-08-03T16:26:27+08:00')).toBe('2020-08-03 16:26')
    expect(formatPublishTime('2020-08-03T08:26:27Z')).toBe('2020-08-03 16:26')
    expect(formatPublishTime('2020-08-03T20:00:00Z')).toBe('2020-08-04 04:00')
  })

  it('shows nothing for a missing or unreadable time', () => {
    expect(formatPublishTime(undefined)).toBeUndefined()
    expect(formatPublishTime('去年')).toBeUndefined()
  })

  it('stamps package names with the publish date, or today when there is none', () => {
    expect(publishDateStamp('2020-08-03T16:26:27+08:00', new Date(0))).toBe('20200803')
    expect(publishDateStamp(undefined, new Date('2026-05-01T00:00:00Z'))).toBe('20260501')
  })
})
