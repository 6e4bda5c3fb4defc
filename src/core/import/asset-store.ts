import type { Article, AssetData } from '../model/article'
import { imageInfo } from '../model/image-info'
import { LIMITS, oversizeImage } from '../limits'
import type { HtmlOptions } from './html-to-items'

/** Images found while importing, kept as assets `img1`, `img2` … in reading order. */
export interface AssetStore {
  assets: Article['assets']
  data: AssetData
  /** Why images were left out (too many pixels), for the report. */
  refused: string[]
}

export function newAssetStore(): AssetStore {
  return { assets: {}, data: {}, refused: [] }
}

/**
 * Stores the bytes if their magic numbers say PNG, JPEG, GIF or WebP and their pixels are within the
 * limit; returns the asset id.
 */
export function storeImage(store: AssetStore, bytes: Uint8Array, name?: string): string | undefined {
  const info = imageInfo(bytes)
  if (!info) return undefined
  const shownName = name ?? `图片${Object.keys(store.assets).length + store.refused.length + 1}.${info.ext}`
  const refusal = oversizeImage(shownName, info, '该图片未导入，请缩小后再插入。')
  if (refusal) {
    store.refused.push(refusal)
    return undefined
  }
  const id = `img${Object.keys(store.assets).length + 1}`
  store.assets[id] = {
    mime: info.mime,
    name: shownName,
    ...(info.width && info.height ? { width: info.width, height: info.height } : {}),
  }
  store.data[id] = bytes
  return id
}

function decodeDataUri(src: string): Uint8Array | undefined {
  const m = /^data:[^,;]*(?:;[^,;]*)*;base64,([\s\S]*)$/i.exec(src)
  if (!m) return undefined
  const b64 = m[1]!.replace(/\s+/g, '')
  if ((b64.length * 3) / 4 > LIMITS.imageBytes) return undefined
  try {
    const bin = atob(b64)
    const out = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
    return out
  } catch {
    return undefined
  }
}

export interface HtmlImages {
  resolve: HtmlOptions['image']
  /** What was left out and why, for the report. */
  warnings(): string[]
}

/**
 * Images in pasted or imported HTML: embedded (data:) pictures become assets; anything else points
 * outside the document, and Banxin never fetches or keeps external resources.
 */
export function embeddedImagesOnly(store: AssetStore): HtmlImages {
  let external = 0
  let unreadable = 0
  return {
    resolve: (src) => {
      if (!/^data:/i.test(src)) {
        if (src) external++
        return undefined
      }
      const refused = store.refused.length
      const bytes = decodeDataUri(src)
      const id = bytes && storeImage(store, bytes)
      if (!id && store.refused.length === refused) unreadable++
      return id
    },
    warnings: () => [
      ...(external
        ? [`网页中的 ${external} 张外部图片未导入：版心不引用外部资源。请把图片保存到本机后在编辑器中插入。`]
        : []),
      ...(unreadable ? [`${unreadable} 张嵌入图片无法识别（不是 PNG、JPEG、GIF 或 WebP），已跳过。`] : []),
    ],
  }
}
