import { describe, expect, it } from 'vitest'
import { zipPackage } from './zip'

/** General-purpose bit 11 of each local file header: names are UTF-8. */
function utf8Flags(zip: Uint8Array): boolean[] {
  const flags: boolean[] = []
  for (let i = 0; i + 8 < zip.length; i++) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x03 && zip[i + 3] === 0x04) flags.push((zip[i + 7]! & 0x08) !== 0)
  }
  return flags
}

describe('zip names', () => {
  it('flags a non-ASCII name as UTF-8 so Windows does not read it as GBK, and leaves ASCII names alone', () => {
    const files = new Map([
      ['README.txt', new Uint8Array([1])],
      ['附件/说明.txt', new Uint8Array([2])],
    ])
    expect(utf8Flags(zipPackage(files, new Date('2026-01-01T00:00:00Z')))).toEqual([false, true])
  })
})
