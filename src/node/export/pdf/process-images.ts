import sharp from 'sharp'
import type { Layout } from '../../../core/typeset/frame'
import type { PrintCondition } from '../../../core/typeset/preset'
import { UserError } from '../../../core/errors'
import type { ImageSource } from '../../layout/layout-bundle'
import { printProfilePath } from './output-intents'

/**
 * The images of a process-colour job, separated for its printing condition: an RGB photo placed as it is
 * would reach the RIP as RGB, to be separated by whatever the press's defaults are (and PDF/X-4 wants
 * device colour to be the output intent's). Each image is converted through the condition's CMYK
 * profile by sharp (libvips with Little CMS: the image's own embedded profile, else sRGB, to the
 * output profile, perceptual), turned upright by its EXIF orientation and set on white paper (no soft
 * mask: nothing transparent goes to the printer), and written as a CMYK JPEG. Greyscale images stay
 * grey: they print on the black plate alone. An image that cannot be converted stops the export with
 * the reason, rather than going to the printer in RGB. The writer loads this module (and with it
 * sharp's native libvips) only for a process-colour job that has images.
 */

const QUALITY = 92

async function separate(bytes: Uint8Array, profile: string): Promise<Buffer> {
  const input = sharp(bytes, { failOn: 'error' })
  const { space } = await input.metadata()
  const flat = input.rotate().flatten({ background: '#ffffff' })
  if (space === 'b-w') return flat.toColourspace('b-w').jpeg({ quality: QUALITY }).toBuffer()
  return flat.toColourspace('cmyk').withIccProfile(profile, { attach: false }).jpeg({ quality: QUALITY }).toBuffer()
}

export async function processColourImages(layout: Layout, image: ImageSource, condition: PrintCondition): Promise<ImageSource> {
  const placed = new Map<string, string>()
  for (const page of layout.pages) for (const item of page.items) if (item.kind === 'image') placed.set(item.asset, item.alt)
  const converted = new Map<string, Uint8Array>()
  const profile = printProfilePath(condition)
  for (const [asset, alt] of placed) {
    const bytes = image(asset)
    if (!bytes) continue
    try {
      converted.set(asset, await separate(bytes, profile))
    } catch (error) {
      throw new UserError('export.image-separation', `图片「${alt || asset}」无法转换为印刷色（CMYK）：${(error as Error).message}。请换一张 JPEG 或 PNG 图片后再导出。`)
    }
  }
  return (asset) => converted.get(asset)
}
