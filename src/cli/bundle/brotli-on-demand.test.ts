import { brotliCompressSync } from 'node:zlib'
import { expect, it } from 'vitest'
import brotliDecompress from './brotli-on-demand'

it('loads the real brotli decoder when first asked and decodes what zlib encoded', () => {
  const text = Buffer.from('版心'.repeat(500))
  const decoded = brotliDecompress(brotliCompressSync(text), text.length)
  expect(Buffer.from(decoded).equals(text)).toBe(true)
})
