import { createHash } from 'node:crypto'
import type { Article, ArticleBundle } from '../../../core/model/article'
import { UserError } from '../../../core/errors'
import { checkImagePixels } from '../../../core/limits'
import { buildMetaJson } from '../../../core/portal/meta-json'
import { imageSize } from '../../../core/portal/image-size'
import { packageImages } from '../../../core/portal/image-files'
import { renderCmsFragment } from '../../../core/portal/render-fragment'
import { renderContentText } from '../../../core/portal/render-text'
import { renderFieldsText } from '../../../core/portal/fields'
import { renderPortalPage } from '../../../core/portal/render-page'
import { DEFAULT_PROFILE } from '../../../core/portal/builtin-profiles'
import type { PortalProfile } from '../../../core/portal/profile'
import { BUILTIN_TEMPLATES } from '../../../core/styles/builtin-templates'
import { templateOnPortal } from '../../../core/styles/templates'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import pkg from '../../../../package.json' with { type: 'json' }
import { renderChangesLog } from './changes-log'
import { renderReadme } from './readme'
import { htmlFile, windowsTextFile } from './text-file'
import { validateHtml } from './validate-html'
import { publishingChecks, validationJson, type ValidationReport } from './validation-report'

export interface HtmlPackageOptions {
  profile?: PortalProfile
  templates?: readonly SectionHeadingTemplate[]
  /** When the package is made: stamps the zip entries. */
  now?: Date
}

export interface BuiltPackage {
  /** Path inside the package → bytes, in the order README.txt lists them. */
  files: Map<string, Uint8Array>
  validation: ValidationReport
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Pixel sizes from the image headers where the Article does not have them, so width/height can be written. */
function withImageSizes({ article, assetData }: ArticleBundle): Article {
  const assets = { ...article.assets }
  for (const [id, info] of Object.entries(assets)) {
    const bytes = assetData[id]
    if (info.width && info.height) continue
    const size = bytes && imageSize(bytes, info.mime)
    if (size) assets[id] = { ...info, ...size }
  }
  return { ...article, assets }
}

/** Every file of the HTML package in memory; writing it out (zip or folder) is a separate step. */
export async function buildHtmlPackage(bundle: ArticleBundle, options: HtmlPackageOptions = {}): Promise<BuiltPackage> {
  const profile = options.profile ?? DEFAULT_PROFILE
  const templates = options.templates ?? BUILTIN_TEMPLATES
  // content.html goes into this portal's CMS: its headings take the portal's colour as preview.html does.
  const onPortal = templates.map((t) => templateOnPortal(t, profile.colors.main))
  checkImagePixels(bundle)
  const article = withImageSizes(bundle)
  const images = packageImages(article)
  const imageFiles = new Map(images.map((img) => [img.asset, img.file]))
  const imageSrc = (asset: string) => imageFiles.get(asset)

  const preview = renderPortalPage(article, { profile, templates, imageSrc })
  const content = renderCmsFragment(article, { imageSrc, templates: onPortal })
  const htmlReports = await Promise.all([validateHtml('preview.html', preview, 'page'), validateHtml('content.html', content, 'fragment')])
  const validation: ValidationReport = { htmlValidate: htmlReports, checks: publishingChecks(article, images) }

  const files = new Map<string, Uint8Array>()
  files.set('README.txt', windowsTextFile(renderReadme({ article, images, toolVersion: pkg.version })))
  files.set('fields.txt', windowsTextFile(renderFieldsText(article.meta)))
  files.set('content.html', htmlFile(content, { bom: true }))
  files.set('content.txt', windowsTextFile(renderContentText(article, templates)))
  files.set('preview.html', htmlFile(preview, { bom: false }))
  const imageMeta = images.map((img) => {
    const bytes = bundle.assetData[img.asset]
    if (!bytes) throw new UserError('package.missing-image', `图片「${img.info.name}」的数据丢失，无法导出文件包。`)
    files.set(img.file, bytes)
    return { ...img, bytes: bytes.length, width: img.info.width, height: img.info.height }
  })
  files.set('report/validation.json', new TextEncoder().encode(validationJson(validation)))
  const changes = bundle.review?.changes
  files.set('report/changes.log', windowsTextFile(renderChangesLog(changes)))

  const checksums = Object.fromEntries([...files].map(([name, bytes]) => [name, sha256(bytes)]))
  const meta = buildMetaJson({
    article,
    images: imageMeta,
    profile,
    sha256: checksums,
    tool: { name: 'banxin', version: pkg.version },
    changeCount: changes?.length,
  })
  // meta.json sits third, as README lists it; it cannot hold its own checksum.
  const ordered = new Map<string, Uint8Array>()
  for (const [name, bytes] of files) {
    ordered.set(name, bytes)
    if (name === 'fields.txt') ordered.set('meta.json', new TextEncoder().encode(meta))
  }
  return { files: ordered, validation }
}
