import type { AssetInfo } from './article'

/** An image's type from its magic numbers (never from a file name or a declared content type) and its size in pixels. */
export interface ImageInfo {
  mime: AssetInfo['mime']
  ext: string
  width?: number
  height?: number
  /** The colour of its pixels, where the header says (JPEG frame components, PNG colour type). */
  colour?: 'gray' | 'rgb' | 'cmyk'
}

function u16be(b: Uint8Array, i: number): number {
  return (b[i]! << 8) | b[i + 1]!
}
function u16le(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8)
}
function u24le(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)
}
function u32be(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!
}

function sized(info: ImageInfo, width: number, height: number): ImageInfo {
  return width > 0 && height > 0 ? { ...info, width, height } : info
}

function pngInfo(b: Uint8Array): ImageInfo {
  // IHDR colour type: 0 and 4 grey (with alpha); 2, 3 and 6 RGB, palette and RGBA.
  const info: ImageInfo = { mime: 'image/png', ext: 'png', ...(b.length >= 26 ? { colour: b[25] === 0 || b[25] === 4 ? 'gray' : 'rgb' } : {}) }
  return b.length >= 24 ? sized(info, u32be(b, 16), u32be(b, 20)) : info
}

/** Walks the JPEG markers to the first SOFn frame header, which holds the dimensions. */
function jpegInfo(b: Uint8Array): ImageInfo {
  const info: ImageInfo = { mime: 'image/jpeg', ext: 'jpg' }
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return info
    const marker = b[i + 1]!
    if (marker === 0xff) {
      i++
      continue
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) {
      const components = b[i + 9]
      const colour = components === 1 ? 'gray' : components === 4 ? 'cmyk' : 'rgb'
      return sized({ ...info, colour }, u16be(b, i + 7), u16be(b, i + 5))
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    i += 2 + u16be(b, i + 2)
  }
  return info
}

function gifInfo(b: Uint8Array): ImageInfo {
  const info: ImageInfo = { mime: 'image/gif', ext: 'gif' }
  return b.length >= 10 ? sized(info, u16le(b, 6), u16le(b, 8)) : info
}

function webpInfo(b: Uint8Array): ImageInfo {
  const info: ImageInfo = { mime: 'image/webp', ext: 'webp' }
  const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!)
  if (chunk === 'VP8X' && b.length >= 30) return sized(info, u24le(b, 24) + 1, u24le(b, 27) + 1)
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)
    return sized(info, (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1)
  }
  if (chunk === 'VP8 ' && b.length >= 30) return sized(info, u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff)
  return info
}

export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  const b = bytes
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return pngInfo(b)
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegInfo(b)
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return gifInfo(b)
  const riff = b.length >= 16 && String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!) === 'RIFF'
  if (riff && String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!) === 'WEBP') return webpInfo(b)
  return undefined
}
