import type { ArticleBundle } from '../../../core/model/article'
import type { PagePreviewResult, PrintPreviewResult } from '../../../core/ipc/contract'
import { layoutBundle, type LayoutOptions } from '../../layout/layout-bundle'
import { pageSvg, type PreviewImage } from './page-svg'
import type { PageBundle } from '../../../core/page/page'
import { pageAsset } from '../../../core/makeup/compose-page'
import type { PageLayouter } from '../../layout/layout-page'
import { createPageLayouter } from '../../layout/layout-page'
import { preflight } from '../../../core/typeset/preflight'
import { pagePreflightFacts, preflightFacts } from '../../layout/preflight'

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
    preflight: preflight(layout, preflightFacts(bundle, layout, registry)),
  }
}

/**
 * A page file's pages as SVG, from the same Layout the PDF export draws. Pass the same layouter for
 * each edit (a preview worker keeps one): it re-flows only the frames the edit touched.
 */
export function renderPagePreview(bundle: PageBundle, layouter: PageLayouter = createPageLayouter()): PagePreviewResult {
  const { layout, registry, image, frames } = layouter(bundle)
  const images: Record<string, PreviewImage> = {}
  for (const [key, article] of Object.entries(bundle.page.articles)) {
    for (const [id, info] of Object.entries(article.assets)) {
      const bytes = image(pageAsset(key, id))
      if (bytes) images[pageAsset(key, id)] = { mime: info.mime, bytes }
    }
  }
  return {
    size: { width: layout.geometry.width, height: layout.geometry.height },
    pages: layout.pages.map((page) => pageSvg(page, layout.geometry, registry, images)),
    frames,
    warnings: layout.warnings,
    preflight: preflight(layout, pagePreflightFacts(bundle, layout, registry)),
  }
}
