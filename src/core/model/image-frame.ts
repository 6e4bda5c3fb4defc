import type { ImageAlign, ImageCrop, ImageWidth } from './article'

/**
 * An image block's size, alignment and crop, worked out the same way for the editor, the portal and
 * print: widths are a fraction of the column or millimetres capped at it, and a crop is a window on the
 * original, which is kept whole in the document (as Word's 裁剪 keeps the picture it crops).
 */

/** A crop keeps at least this share of the original each way, so an image never vanishes into a sliver. */
export const CROP_MIN_KEPT = 0.1
export const IMAGE_MIN_MM = 5
export const IMAGE_MAX_MM = 1000

/** The column fractions offered for an image's width, as Word's and WPS's layout presets name them. */
export const WIDTH_FRACTIONS: readonly { fraction: number; label: string }[] = [
  { fraction: 1 / 4, label: '1/4 栏宽' },
  { fraction: 1 / 3, label: '1/3 栏宽' },
  { fraction: 1 / 2, label: '1/2 栏宽' },
  { fraction: 2 / 3, label: '2/3 栏宽' },
  { fraction: 3 / 4, label: '3/4 栏宽' },
  { fraction: 1, label: '通栏' },
]

export const NO_CROP: ImageCrop = { left: 0, top: 0, right: 0, bottom: 0 }

/** The part of the original an image shows, as fractions of its width and height. */
export interface CropWindow {
  x: number
  y: number
  width: number
  height: number
}

export function cropWindow(crop: ImageCrop | undefined): CropWindow {
  const c = crop ?? NO_CROP
  return { x: c.left, y: c.top, width: 1 - c.left - c.right, height: 1 - c.top - c.bottom }
}

export function isCropped(crop: ImageCrop | undefined): crop is ImageCrop {
  return !!crop && (crop.left > 0 || crop.top > 0 || crop.right > 0 || crop.bottom > 0)
}

/** Width over height of what the image shows: the original's pixels through the crop window. */
export function shownAspect(size: { width: number; height: number }, crop: ImageCrop | undefined): number {
  const w = cropWindow(crop)
  return (size.width * w.width) / (size.height * w.height)
}

/**
 * The width an image is set at in a column `column` units wide, where a millimetre is `perMm` units;
 * undefined when the block leaves it to the image's own size.
 */
export function setWidth(width: ImageWidth | undefined, column: number, perMm: number): number | undefined {
  if (!width) return undefined
  return 'fraction' in width ? column * width.fraction : Math.min(column, width.mm * perMm)
}

/** Where an image `width` wide starts in a column `column` wide. */
export function alignedX(align: ImageAlign | undefined, column: number, width: number): number {
  if (align === 'left') return 0
  if (align === 'right') return column - width
  return (column - width) / 2
}


export type CropEdge = keyof ImageCrop

/**
 * The crop with one edge moved to `value` (a fraction of the original), held back so that at least
 * CROP_MIN_KEPT of the original still shows across that axis; undefined once nothing is cut off.
 */
export function withCropEdge(crop: ImageCrop | undefined, edge: CropEdge, value: number): ImageCrop | undefined {
  const c = crop ?? NO_CROP
  const opposite: Record<CropEdge, CropEdge> = { left: 'right', right: 'left', top: 'bottom', bottom: 'top' }
  const room = 1 - CROP_MIN_KEPT - c[opposite[edge]]
  const next = { ...c, [edge]: Math.round(Math.min(Math.max(value, 0), room) * 1e4) / 1e4 }
  return isCropped(next) ? next : undefined
}
