import { describe, expect, it } from 'vitest'
import { makePng } from './testing/png'
import { imageSize } from './image-size'

describe('image sizes from file headers', () => {
  it('reads PNG and JPEG', () => {
    expect(imageSize(makePng(37, 21, () => [0, 0, 0]), 'image/png')).toEqual({ width: 37, height: 21 })
    // SOI, an APP0 segment to skip, then SOF0 with height 500 and width 800.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xf4, 0x03, 0x20, 0x03])
    expect(imageSize(jpeg, 'image/jpeg')).toEqual({ width: 800, height: 500 })
  })

  it('reads GIF and WebP (VP8X)', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xc8, 0x00])
    expect(imageSize(gif, 'image/gif')).toEqual({ width: 320, height: 200 })
    const webp = new Uint8Array(30)
    webp.set(new TextEncoder().encode('RIFF'), 0)
    webp.set(new TextEncoder().encode('WEBPVP8X'), 8)
    webp.set([0x3f, 0x01, 0x00, 0xef, 0x00, 0x00], 24)
    expect(imageSize(webp, 'image/webp')).toEqual({ width: 320, height: 240 })
  })

  it('gives up on bytes that are not the named format', () => {
    expect(imageSize(new Uint8Array([1, 2, 3]), 'image/jpeg')).toBeUndefined()
    expect(imageSize(new Uint8Array(40), 'image/png')).toBeUndefined()
  })
})
