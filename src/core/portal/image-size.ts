import type { AssetInfo } from '../model/article'
import { imageInfo } from '../model/image-info'

export interface PixelSize {
  width: number
  height: number
}

/**
 * Pixel size from the file header, so width/height attributes can be written without decoding; only
 * when the bytes really are the format the asset claims.
 */
export function imageSize(bytes: Uint8Array, mime: AssetInfo['mime']): PixelSize | undefined {
  const info = imageInfo(bytes)
  return info?.mime === mime && info.width && info.height ? { width: info.width, height: info.height } : undefined
}
