import type { Article, AssetInfo } from '../model/article'

const EXTENSIONS: Record<AssetInfo['mime'], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
}

export interface PackageImage {
  asset: string
  /** images/01.jpg: numbered in reading order, ASCII, so every zip tool and CMS upload form accepts it. */
  file: string
  info: AssetInfo
}

/** The images an article shows, each once, in the order a reader meets them. */
export function packageImages(article: Article): PackageImage[] {
  const images: PackageImage[] = []
  const seen = new Set<string>()
  for (const block of article.blocks) {
    if (block.type !== 'image' || seen.has(block.asset)) continue
    const info = article.assets[block.asset]
    if (!info) continue
    seen.add(block.asset)
    const n = String(images.length + 1).padStart(2, '0')
    images.push({ asset: block.asset, file: `images/${n}.${EXTENSIONS[info.mime]}`, info })
  }
  return images
}
