import { describe, expect, it } from 'vitest'
import { imageFile } from '../../../test/fixtures/portal/articles'
import { makePng } from '../../../test/fixtures/portal/png'
import { imageSize } from './image-size'

describe('image sizes from file headers', () => {
  it('reads PNG and JPEG', () => {
    expect(imageSize(makePng(37, 21, () => [0, 0, 0]), 'image/png')).toEqual({ width: 37, height: 21 })
    expect(imageSize(imageFile('tea-hills.jpg'), 'image/jpeg')).toEqual({ width: 800, height: 500 })
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
