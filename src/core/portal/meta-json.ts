import type { Article } from '../model/article'
import { articleFields } from './fields'
import type { PackageImage } from './image-files'
import type { PortalProfile } from './profile'

export interface MetaJsonInput {
  article: Article
  images: readonly (PackageImage & { bytes: number; width?: number; height?: number })[]
  profile: PortalProfile
  /** sha256 (hex) of every other file in the package, by path inside it. */
  sha256: Record<string, string>
  tool: { name: string; version: string }
  /** How many normalisation changes report/changes.log lists; undefined when none were supplied. */
  changeCount?: number
}

const FIELD_KEYS: Record<string, string> = {
  标题: 'title',
  引题: 'kicker',
  副题: 'subtitle',
  文号: 'docNumber',
  作者: 'author',
  来源: 'source',
  发布时间: 'publishedAt',
  责任编辑: 'editor',
  关键词: 'keywords',
  摘要: 'summary',
}

/**
 * meta.json: the same fields as fields.txt for scripts, the images with their texts and sizes, and a
 * checksum of each file so a webmaster (or a CMS import script) can tell the package is complete.
 */
export function buildMetaJson(input: MetaJsonInput): string {
  const { article, images, profile } = input
  const m = article.meta
  const captions = new Map(article.blocks.flatMap((b) => (b.type === 'image' ? [[b.asset, b] as const] : [])))
  const fields: Record<string, unknown> = Object.fromEntries(
    articleFields(m).map(([label, value]) => [FIELD_KEYS[label]!, value || null]),
  )
  fields.keywords = (m.keywords ?? []).filter((k) => k.trim())
  const doc = {
    format: 'banxin-html-package',
    formatVersion: 1,
    tool: input.tool,
    fields: { ...fields, docNumber: m.docNumber ?? null, publishedAtIso: m.publishedAt ?? null, byline: m.byline ?? null, column: m.column ?? null },
    site: { siteName: profile.siteName, siteIdCode: profile.footer.siteIdCode ?? null, profile: profile.id },
    images: images.map((img) => {
      const block = captions.get(img.asset)
      return {
        file: img.file,
        alt: block?.alt ?? '',
        caption: block?.caption ?? null,
        credit: block?.credit ?? null,
        width: img.width ?? null,
        height: img.height ?? null,
        bytes: img.bytes,
        mime: img.info.mime,
        originalName: img.info.name,
      }
    }),
    normalisation: { changes: input.changeCount ?? null, log: 'report/changes.log' },
    sha256: input.sha256,
  }
  return JSON.stringify(doc, null, 2) + '\n'
}
