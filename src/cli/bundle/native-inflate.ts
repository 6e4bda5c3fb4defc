import { inflateRawSync } from 'node:zlib'

/**
 * Stands in for `tiny-inflate` in the CLI bundle. unicode-trie inflates its tables with it when
 * fontkit, unicode-properties and linebreak load, twice per trie, and the pure-JavaScript inflater,
 * still uncompiled at start-up, took a tenth of a cold export; Node's zlib does the same in
 * microseconds. Same contract: raw DEFLATE into `dest`, the filled part returned.
 */
export function inflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const out = inflateRawSync(source, { maxOutputLength: dest.length })
  dest.set(out)
  return out.length === dest.length ? dest : dest.subarray(0, out.length)
}
