import type { ArticleBundle } from '../../core/model/article'
import { BUILTIN_TEMPLATES } from '../../core/styles/builtin-templates'
import type { SectionHeadingTemplate } from '../../core/styles/templates'
import type { FaceId } from '../../core/typeset/font-metrics'
import type { Layout } from '../../core/typeset/frame'
import type { Preset } from '../../core/typeset/preset'
import { resolvePreset } from '../../core/typeset/preset'
import { findPreset } from '../../core/typeset/builtin-presets'
import type { ImageSize } from '../../core/typeset/text-slabs'
import { typeset } from '../../core/typeset/typeset'
import { imageSize } from '../../core/portal/image-size'
import { checkLayoutLimits } from '../../core/limits'
import type { FontRegistry } from '../fonts/font-registry'
import { createFontRegistry } from '../fonts/font-registry'

/**
 * Bundle → Layout with real fonts: the one layout every writer draws (the PDF, the print preview's
 * SVG pages, and any later writer). Writers read the Layout and the fonts' outlines, never lay out.
 */

export interface LayoutOptions {
  /** A built-in preset's id, or a preset (e.g. a user's adjusted copy). Default 'a4'. */
  preset?: string | Preset
  /** Font files per role or face: { fangsong: '/path/仿宋_GB2312.ttf' }. */
  fonts?: Partial<Record<FaceId, string>>
  templates?: readonly SectionHeadingTemplate[]
}

/** Image bytes a layout placed. */
export type ImageSource = (asset: string) => Uint8Array | undefined

export interface BundleLayout {
  layout: Layout
  /** The fonts that print each face: writers take glyph outlines from them. */
  registry: FontRegistry
  /** Image bytes the layout placed (JPEG and PNG: what the writers can embed). */
  image: ImageSource
}

/**
 * Pixel sizes of the images the writers can draw: JPEG and PNG (the engine leaves a marked space, and a
 * warning, for anything else). Every layout (PDF, print preview, page) reads an article's images here
 * first, so the article is checked against the layout limits here, before any font loads.
 */
export function drawableImages({ article, assetData }: ArticleBundle): Record<string, ImageSize> {
  checkLayoutLimits({ article, assetData })
  const images: Record<string, ImageSize> = {}
  for (const [id, info] of Object.entries(article.assets)) {
    const bytes = assetData[id]
    const size = bytes && (info.mime === 'image/jpeg' || info.mime === 'image/png') ? imageSize(bytes, info.mime) : undefined
    if (size) images[id] = size
  }
  return images
}

export function layoutBundle({ article, assetData }: ArticleBundle, options: LayoutOptions = {}): BundleLayout {
  const preset = typeof options.preset === 'object' ? options.preset : findPreset(options.preset ?? 'a4')
  const registry = createFontRegistry({ preferences: preset.fonts, files: options.fonts })
  const images = drawableImages({ article, assetData })
  const layout = typeset({ article, preset: resolvePreset(preset), fonts: registry, templates: options.templates ?? BUILTIN_TEMPLATES, images })
  return { layout, registry, image: (asset) => (images[asset] ? assetData[asset] : undefined) }
}
