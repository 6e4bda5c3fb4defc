import type { ArticleBundle } from '../../core/model/article'
import { imageInfo } from '../../core/model/image-info'
import type { PageBundle } from '../../core/page/page'
import { pageAsset } from '../../core/makeup/compose-page'
import { FONT_ROLE_NAMES } from '../../core/styles/fonts'
import { faceRole, isBoldFace, type FaceId } from '../../core/typeset/font-metrics'
import type { Layout } from '../../core/typeset/frame'
import type { PreflightFacts, PreflightItem } from '../../core/typeset/preflight'
import { preflight } from '../../core/typeset/preflight'
import type { FontRegistry } from '../fonts/font-registry'
import type { LayoutOptions } from './layout-bundle'
import { layoutBundle } from './layout-bundle'

/** Faces the layout prints whose preferred font was not found, and what prints them instead. */
function fontFacts(layout: Layout, registry: FontRegistry): PreflightFacts['fonts'] {
  const faces = new Set<FaceId>()
  for (const page of layout.pages) for (const line of page.lines) for (const run of line.runs) faces.add(run.face)
  return [...faces].flatMap((face) => {
    const { missing, label } = registry.loaded(face)
    return missing ? [{ face: FONT_ROLE_NAMES[faceRole(face)] + (isBoldFace(face) ? '（粗）' : ''), wanted: missing, used: label.replace(/（.*$/u, '') }] : []
  })
}

/** What each of an article's images holds, by the id its layout items carry (`idOf`). */
function imageFacts({ article, assetData }: ArticleBundle, idOf: (asset: string) => string): PreflightFacts['images'] {
  return Object.fromEntries(
    Object.entries(article.assets).flatMap(([id, asset]) => {
      const info = assetData[id] && imageInfo(assetData[id])
      return info?.width && info.height ? [[idOf(id), { name: asset.name, width: info.width, height: info.height, ...(info.colour ? { colour: info.colour } : {}) }]] : []
    }),
  )
}

/** The facts preflight needs that only the node side knows: which fonts were found, what each image holds. */
export function preflightFacts(bundle: ArticleBundle, layout: Layout, registry: FontRegistry): PreflightFacts {
  return { fonts: fontFacts(layout, registry), images: imageFacts(bundle, (id) => id) }
}

/** The same for a page file: its articles' images, as the page's image items name them (article/asset). */
export function pagePreflightFacts({ page, assetData }: PageBundle, layout: Layout, registry: FontRegistry): PreflightFacts {
  const images = Object.entries(page.articles).map(([key, article]) => imageFacts({ article, assetData: assetData[key] ?? {} }, (id) => pageAsset(key, id)))
  return { fonts: fontFacts(layout, registry), images: Object.assign({}, ...images) }
}

/** `banxin export --preflight` and the export dialog: the draft laid out with the preset, then checked. */
export function preflightBundle(bundle: ArticleBundle, options: LayoutOptions = {}): PreflightItem[] {
  const { layout, registry } = layoutBundle(bundle, options)
  return preflight(layout, preflightFacts(bundle, layout, registry))
}
