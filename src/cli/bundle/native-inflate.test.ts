import { deflateRawSync } from 'node:zlib'
import { expect, it } from 'vitest'
import { inflate } from './native-inflate'

const bytes = Buffer.from('版心排版 unicode-trie data '.repeat(400))

it('inflates raw DEFLATE into the given array and returns that array', () => {
  const dest = new Uint8Array(bytes.length)
  expect(inflate(deflateRawSync(bytes), dest)).toBe(dest)
  expect(Buffer.from(dest).equals(bytes)).toBe(true)
})

it('returns only the filled part when the array is longer than the data', () => {
  const out = inflate(deflateRawSync(bytes), new Uint8Array(bytes.length + 100))
  expect(out.length).toBe(bytes.length)
  expect(Buffer.from(out).equals(bytes)).toBe(true)
})
