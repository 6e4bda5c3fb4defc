import { createCipheriv } from 'node:crypto'
import { expect, it } from 'vitest'
import { cbc, ecb } from './aes-on-demand'

const key = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex')
const iv = Buffer.from('f0e0d0c0b0a090807060504030201000', 'hex')
const data = Buffer.from('版心 Banxin encrypts as pdfkit asks')

it('loads the real AES when first asked and encrypts as OpenSSL does', () => {
  const openssl = (mode: string, vector: Buffer | null, padding: boolean) => {
    const cipher = createCipheriv(mode, key, vector).setAutoPadding(padding)
    return Buffer.concat([cipher.update(padding ? data : data.subarray(0, 32)), cipher.final()])
  }
  expect(Buffer.from(cbc(key, iv).encrypt(data)).equals(openssl('aes-128-cbc', iv, true))).toBe(true)
  expect(Buffer.from(ecb(key, { disablePadding: true }).encrypt(data.subarray(0, 32))).equals(openssl('aes-128-ecb', null, false))).toBe(true)
})
