import type { AssetInfo } from '../model/article'

const IMAGE_MIMES: readonly AssetInfo['mime'][] = ['image/jpeg', 'image/png', 'image/gif', 'image/webp']

export function isImageMime(mime: string): mime is AssetInfo['mime'] {
  return (IMAGE_MIMES as readonly string[]).includes(mime)
}

/** The first free id of the form image-N, skipping ids already taken (including ones not yet committed). */
export function nextAssetId(taken: Iterable<string>): string {
  const used = new Set(taken)
  let n = 1
  while (used.has(`image-${n}`)) n++
  return `image-${n}`
}
