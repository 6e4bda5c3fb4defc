import type { ArticleBundle } from '../../../core/model/article'
import type { PrintPreviewResult } from '../../../preload/api'
import { pageSvg, type PreviewImage } from './page-svg'
import { typesetBundle, type TypesetOptions } from './typeset-bundle'

/** Typesets a bundle and draws each page as SVG for the print preview. */
export function renderPrintPreview(bundle: ArticleBundle, options: TypesetOptions): PrintPreviewResult {
  const { layout, fonts } = typesetBundle(bundle, options)
  const images: Record<string, PreviewImage> = {}
  for (const [id, info] of Object.entries(bundle.article.assets)) {
    const bytes = bundle.assetData[id]
    if (bytes) images[id] = { mime: info.mime, bytes }
  }
  return {
    size: { width: layout.geometry.width, height: layout.geometry.height },
    pages: layout.pages.map((page) => pageSvg(page, layout.geometry, fonts, images)),
    blockPages: [],
    warnings: layout.warnings,
  }
}
