import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { PickedImage } from '../../core/ipc/contract'
import { imageInfo } from '../../core/model/image-info'
import { UserError } from '../../core/errors'
import { LIMITS, formatSize, oversizeImage } from '../../core/limits'
import { regularFileSize, withFileErrors } from '../fs/file-errors'

/**
 * Reads an image the user chose to insert, refusing a device or folder, a file too large, one that is not a
 * PNG, JPEG, GIF or WebP, and one with more pixels than print needs (from its header, before any decoding).
 */
export async function readPickedImage(path: string): Promise<PickedImage> {
  const name = basename(path)
  if ((await regularFileSize(path)) > LIMITS.imageBytes)
    throw new UserError('image.too-large', `图片「${name}」超过 ${formatSize(LIMITS.imageBytes)}，请先缩小再插入。`)
  const bytes = new Uint8Array(await withFileErrors(path, 'read', () => readFile(path)))
  const info = imageInfo(bytes)
  if (!info) throw new UserError('image.unsupported', `「${name}」不是 PNG、JPEG、GIF 或 WebP 图片，无法插入。`)
  const refusal = oversizeImage(name, info, '请先把图片缩小再插入。')
  if (refusal) throw new UserError('image.too-many-pixels', refusal)
  return { name, mime: info.mime, bytes }
}
