import type { ArticleBundle } from '../../../core/model/article'
import type { Layout } from '../../../core/typeset/frame'
import type { Preset } from '../../../core/typeset/preset'
import { resolvePreset } from '../../../core/typeset/preset'
import { typeset } from '../../../core/typeset/typeset'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import type { FaceId } from '../../../core/typeset/font-metrics'
import { imageSize } from '../../../core/portal/image-size'
import { createFontRegistry, type FontRegistry } from '../../fonts/font-registry'

export interface TypesetOptions {
  preset: Preset
  templates: readonly SectionHeadingTemplate[]
  /** Font files chosen by the user per role or face. */
  fontFiles?: Partial<Record<FaceId, string>>
}

/** Bundle → Layout with real fonts: what the PDF writer and the print preview both draw. */
export function typesetBundle(bundle: ArticleBundle, options: TypesetOptions): { layout: Layout; fonts: FontRegistry } {
  const fonts = createFontRegistry({ preferences: options.preset.fonts, files: options.fontFiles ?? {} })
  const images: Record<string, { width: number; height: number }> = {}
  for (const [id, info] of Object.entries(bundle.article.assets)) {
    const bytes = bundle.assetData[id]
    const size = info.width && info.height ? { width: info.width, height: info.height } : bytes && imageSize(bytes, info.mime)
    if (size) images[id] = size
  }
  const layout = typeset({ article: bundle.article, preset: resolvePreset(options.preset), fonts, templates: options.templates, images })
  return { layout, fonts }
}
