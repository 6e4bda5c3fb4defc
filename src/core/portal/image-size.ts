import type { AssetInfo } from '../model/article'

export interface PixelSize {
  width: number
  height: number
}

const be16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!
const be32 = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!)
const le16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8)
const le24 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)

function pngSize(b: Uint8Array): PixelSize | undefined {
  if (b.length < 24 || b[0] !== 0x89 || b[1] !== 0x50) return undefined
  return { width: be32(b, 16), height: be32(b, 20) }
}

function gifSize(b: Uint8Array): PixelSize | undefined {
  if (b.length < 10 || b[0] !== 0x47 || b[1] !== 0x49) return undefined
  return { width: le16(b, 6), height: le16(b, 8) }
}

/** Walks JPEG segments to the first start-of-frame marker (SOF0–SOF15 except DHT, JPG, DAC). */
function jpegSize(b: Uint8Array): PixelSize | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined
    const marker = b[i + 1]!
    if (marker === 0xff) {
      i++
      continue
    }
    const length = be16(b, i + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: be16(b, i + 7), height: be16(b, i + 5) }
    i += 2 + length
  }
  return undefined
}

function webpSize(b: Uint8Array): PixelSize | undefined {
  if (b.length < 30 || String.fromCharCode(...b.subarray(8, 12)) !== 'WEBP') return undefined
  const chunk = String.fromCharCode(...b.subarray(12, 16))
  if (chunk === 'VP8X') return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 }
  if (chunk === 'VP8 ') return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff }
  if (chunk === 'VP8L') {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
  }
  return undefined
}

/** Pixel size from the file header, so width/height attributes can be written without decoding. */
export function imageSize(bytes: Uint8Array, mime: AssetInfo['mime']): PixelSize | undefined {
  const size =
    mime === 'image/png' ? pngSize(bytes) : mime === 'image/gif' ? gifSize(bytes) : mime === 'image/webp' ? webpSize(bytes) : jpegSize(bytes)
  return size && size.width > 0 && size.height > 0 ? size : undefined
}
