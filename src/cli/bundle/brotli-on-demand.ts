import { createRequire } from 'node:module'

/**
 * Stands in for `brotli/decompress.js` in the CLI bundle. fontkit imports it at load time for WOFF2
 * fonts, and its 1.4 MB dictionary costs every command ~18 ms; WOFF2 is rare for print, so the real
 * module is loaded from node_modules the first time a WOFF2 font is opened.
 */
type Decompress = (buffer: Uint8Array, outputSize?: number) => Uint8Array

let decompress: Decompress | undefined

export default function brotliDecompress(buffer: Uint8Array, outputSize?: number): Uint8Array {
  decompress ??= createRequire(import.meta.url)('brotli/decompress.js') as Decompress
  return decompress(buffer, outputSize)
}
