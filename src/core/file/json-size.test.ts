import fc from 'fast-check'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { jsonBytesBound } from './json-size'

const size = (value: unknown) => strToU8(JSON.stringify(value, null, 1)).length

/** Strings of the units that cost most: control characters, quotes, lone and paired surrogates, CJK. */
const costly = fc.string({
  unit: fc.constantFrom('\u0000', '\n', '"', '\\', '\ud800', '\udfff', '\ud842\udfb7', '字', '䶮', 'a', '\u3000'),
})

describe('jsonBytesBound', () => {
  it('is never below the size of the .banxin JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonBytesBound(value)).toBeGreaterThanOrEqual(size(value))
      }),
    )
    fc.assert(
      fc.property(fc.array(fc.dictionary(costly, fc.oneof(costly, fc.array(costly), fc.double()))), (value) => {
        expect(jsonBytesBound(value)).toBeGreaterThanOrEqual(size(value))
      }),
    )
  })

  it('stops counting once past where the caller stops, and gives up on what it cannot bound', () => {
    const long = ['字'.repeat(100), '字'.repeat(100)]
    expect(jsonBytesBound(long, 10)).toBeGreaterThan(10)
    expect(jsonBytesBound(long, 10)).toBeLessThan(jsonBytesBound(long))
    expect(jsonBytesBound({ at: new Date(0) })).toBe(Infinity)
  })
})
