import type { ArticleBundle } from '../../core/model/article'
import { imageInfo } from '../../core/model/image-info'
import { FONT_ROLE_NAMES } from '../../core/styles/fonts'
import { faceRole, isBoldFace, type FaceId } from '../../core/typeset/font-metrics'
import type { Layout } from '../../core/typeset/frame'
import type { PreflightFacts, PreflightItem } from '../../core/typeset/preflight'
import { preflight } from '../../core/typeset/preflight'
import type { FontRegistry } from '../fonts/font-registry'
import type { LayoutOptions } from './layout-bundle'
import { layoutBundle } from './layout-bundle'

/** The facts preflight needs that only the node side knows: which fonts were found, what each image holds. */
export function preflightFacts({ article, assetData }: ArticleBundle, layout: Layout, registry: FontRegistry): PreflightFacts {
  const faces = new Set<FaceId>()
  for (const page of layout.pages) for (const line of page.lines) for (const run of line.runs) faces.add(run.face)
  const fonts = [...faces].flatMap((face) => {
    const { missing, label } = registry.loaded(face)
    return missing ? [{ face: FONT_ROLE_NAMES[faceRole(face)] + (isBoldFace(face) ? '（粗）' : ''), wanted: missing, used: label.replace(/（.*$/u, '') }] : []
  })
  const images: PreflightFacts['images'] = Object.fromEntries(
    Object.entries(article.assets).flatMap(([id, asset]) => {
      const info = assetData[id] && imageInfo(assetData[id])
      return info?.width && info.height ? [[id, { name: asset.name, width: info.width, height: info.height, ...(info.colour ? { colour: info.colour } : {}) }]] : []
    }),
  )
  return { fonts, images }
}

/** `banxin export --preflight` and the export dialog: the draft laid out with the preset, then checked. */
export function preflightBundle(bundle: ArticleBundle, options: LayoutOptions = {}): PreflightItem[] {
  const { layout, registry } = layoutBundle(bundle, options)
  return preflight(layout, preflightFacts(bundle, layout, registry))
}
