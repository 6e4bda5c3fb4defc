import { describe, expect, it } from 'vitest'
import { isSpaceCode } from './char-class'

describe('isSpaceCode', () => {
  it('reads every UTF-16 unit as the whitespace expression the importer and normaliser trimmed with', () => {
    const space = /[\s\u00a0\u3000\ufeff]/u
    const disagree: string[] = []
    for (let c = 0; c <= 0xffff; c++)
      if (space.test(String.fromCharCode(c)) !== isSpaceCode(c)) disagree.push(c.toString(16))
    expect(disagree).toEqual([])
  })
})
