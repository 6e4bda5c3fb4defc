import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { PickedImage } from '../../core/ipc/contract'
import { imageInfo } from '../../core/model/image-info'
import { UserError } from '../../core/errors'

const IMAGE_MAX_BYTES = 50 * 1024 * 1024

/** Reads an image the user chose to insert, refusing what is too large or not a PNG, JPEG, GIF or WebP. */
export async function readPickedImage(path: string): Promise<PickedImage> {
  const name = basename(path)
  if ((await stat(path)).size > IMAGE_MAX_BYTES) throw new UserError('image.too-large', `图片「${name}」超过 50 MB，请先缩小再插入。`)
  const bytes = new Uint8Array(await readFile(path))
  const info = imageInfo(bytes)
  if (!info) throw new UserError('image.unsupported', `「${name}」不是 PNG、JPEG、GIF 或 WebP 图片，无法插入。`)
  return { name, mime: info.mime, bytes }
}
