import { createRequire } from 'node:module'

/**
 * Stands in for `@noble/ciphers/aes` in the CLI bundle. pdfkit imports it for encrypted PDFs, which
 * Banxin never writes, and the module computes its AES tables as it loads, in every export; the real
 * module is loaded from node_modules the first time a cipher is asked for.
 */
interface Encrypting {
  encrypt(data: Uint8Array): Uint8Array
}
interface BlockOptions {
  disablePadding?: boolean
}
interface Aes {
  cbc(key: Uint8Array, iv: Uint8Array, options?: BlockOptions): Encrypting
  ecb(key: Uint8Array, options?: BlockOptions): Encrypting
}

let aes: Aes | undefined
const load = (): Aes => (aes ??= createRequire(import.meta.url)('@noble/ciphers/aes') as Aes)

export const cbc = (key: Uint8Array, iv: Uint8Array, options?: BlockOptions): Encrypting => load().cbc(key, iv, options)
export const ecb = (key: Uint8Array, options?: BlockOptions): Encrypting => load().ecb(key, options)
