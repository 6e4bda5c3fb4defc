import { describe, expect, it } from 'vitest'
import { publishDateStamp } from './publish-time'

describe('package date stamp', () => {
  it('stamps package names with the publish date, or today when there is none', () => {
    expect(publishDateStamp('2020-08-03T16:26:27+08:00', new Date(0))).toBe('20200803')
    expect(publishDateStamp('2020-08-03', new Date(0))).toBe('20200803')
    expect(publishDateStamp(undefined, new Date('2026-05-01T00:00:00Z'))).toBe('20260501')
  })
})
