import type { PageBundle } from '../../core/page/page'
import type { PagePreset } from '../../core/page/page-preset'
import { resolvePagePreset } from '../../core/page/page-preset'
import { findPagePreset } from '../../core/page/builtin-page-presets'
import type { PageComposer } from '../../core/makeup/compose-page'
import { createPageComposer } from '../../core/makeup/compose-page'
import type { FrameReport } from '../../core/makeup/page-makeup'
import { BUILTIN_TEMPLATES } from '../../core/styles/builtin-templates'
import type { SectionHeadingTemplate } from '../../core/styles/templates'
import type { FaceId } from '../../core/typeset/font-metrics'
import type { ImageSize } from '../../core/typeset/text-slabs'
import { createFontRegistry } from '../fonts/font-registry'
import type { FontRegistry } from '../fonts/font-registry'
import type { BundleLayout } from './layout-bundle'
import { drawableImages } from './layout-bundle'

/**
 * Page bundle + page preset + fonts → the Layout of its pages (what the PDF writer and the print preview
 * draw) and the report per frame. A layouter keeps its fonts, resolved presets and the compositor's
 * caches between calls, so a 版面 view re-flows only the frames an edit touched.
 */

export interface PageLayoutOptions {
  /** A built-in page preset's id or a page preset; default: the one the document names. */
  preset?: string | PagePreset
  fonts?: Partial<Record<FaceId, string>>
  templates?: readonly SectionHeadingTemplate[]
}

export interface PageBundleLayout extends BundleLayout {
  frames: FrameReport[]
}

export type PageLayouter = (bundle: PageBundle) => PageBundleLayout

export function createPageLayouter(options: PageLayoutOptions = {}): PageLayouter {
  const resolved = new Map<string | PagePreset, ReturnType<typeof resolvePagePreset>>()
  const registries = new Map<string, { registry: FontRegistry; compose: PageComposer }>()
  return (bundle) => {
    const wanted = options.preset ?? bundle.page.preset
    let preset = resolved.get(wanted)
    if (!preset) resolved.set(wanted, (preset = resolvePagePreset(typeof wanted === 'object' ? wanted : findPagePreset(wanted))))
    const fontKey = JSON.stringify(preset.fonts)
    let fonts = registries.get(fontKey)
    if (!fonts) {
      const registry = createFontRegistry({ preferences: preset.fonts, files: options.fonts })
      registries.set(fontKey, (fonts = { registry, compose: createPageComposer(registry, options.templates ?? BUILTIN_TEMPLATES) }))
    }
    const images: Record<string, Record<string, ImageSize>> = {}
    for (const [key, article] of Object.entries(bundle.page.articles)) images[key] = drawableImages({ article, assetData: bundle.assetData[key] ?? {} })
    const { layout, frames } = fonts.compose({ doc: bundle.page, preset, images })
    const image = (asset: string) => {
      const [key, id] = asset.split('/') as [string, string]
      return images[key]?.[id] ? bundle.assetData[key]?.[id] : undefined
    }
    return { layout, frames, registry: fonts.registry, image }
  }
}

export function layoutPage(bundle: PageBundle, options: PageLayoutOptions = {}): PageBundleLayout {
  return createPageLayouter(options)(bundle)
}
