import type { ArticleBundle } from '../../../core/model/article'
import type { PrintPreviewResult } from '../../../core/ipc/contract'
import { layoutBundle, type LayoutOptions } from '../../layout/layout-bundle'
import { pageSvg, type PreviewImage } from './page-svg'

/** Typesets a bundle exactly as the PDF export does and draws each page as SVG for the print preview. */
export function renderPrintPreview(bundle: ArticleBundle, options: LayoutOptions): PrintPreviewResult {
  const { layout, registry, image } = layoutBundle(bundle, options)
  const images: Record<string, PreviewImage> = {}
  for (const [id, info] of Object.entries(bundle.article.assets)) {
    const bytes = image(id)
    if (bytes) images[id] = { mime: info.mime, bytes }
  }
  return {
    size: { width: layout.geometry.width, height: layout.geometry.height },
    pages: layout.pages.map((page) => pageSvg(page, layout.geometry, registry, images)),
    blockPages: layout.blockPages,
    warnings: layout.warnings,
  }
}
