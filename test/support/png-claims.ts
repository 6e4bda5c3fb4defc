import { zlibSync } from 'fflate'

/**
 * A PNG of a few bytes whose header claims `width` × `height` pixels, with every checksum intact: what a
 * decompression bomb's header reads like. Its one row of pixel data is cut short: nothing should ever decode it.
 */
export function pngClaiming(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', ihdr), ...chunk('IDAT', zlibSync(new Uint8Array(1))), ...chunk('IEND', new Uint8Array(0))])
}

function chunk(type: string, data: Uint8Array): number[] {
  const body = [...type].map((c) => c.charCodeAt(0)).concat([...data])
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(body, 4)
  view.setUint32(8 + data.length, crc32(body))
  return [...out]
}

function crc32(bytes: readonly number[]): number {
  let crc = 0xffffffff
  for (const b of bytes) {
    crc ^= b
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}
