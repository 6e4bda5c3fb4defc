import mammoth from 'mammoth'
import { UserError } from '../errors'
import { htmlToItems, type HtmlItems } from './html-to-items'
import { storeImage, type AssetStore } from './asset-store'
import { boundedDocx } from './zip-package'
import type { ZipEntry } from '../file/zip-reader'

/**
 * .docx → source lines, through mammoth (a maintained reader that maps Word styles to semantic
 * HTML: headings, bold/italic, lists, tables, images) and then the same HTML path as paste.
 */

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='副标题'] => p.subtitle:fresh",
]

const IMAGE_SRC = 'docx-image:'

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0]

export async function docxToItems(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  store: AssetStore,
): Promise<HtmlItems> {
  const bounded = boundedDocx(bytes, entries)
  let unsupported = 0
  let html: string
  try {
    // mammoth reads `buffer` under Node and `arrayBuffer` in the browser; JSZip accepts a Uint8Array for both.
    const input = { buffer: bounded, arrayBuffer: bounded } as unknown as MammothInput
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        const raw: ArrayBuffer | Uint8Array = await image.readAsArrayBuffer()
        const refused = store.refused.length
        const id = storeImage(store, raw instanceof Uint8Array ? raw : new Uint8Array(raw))
        if (!id && store.refused.length === refused) unsupported++
        return { src: id ? IMAGE_SRC + id : '' }
      }),
    })
    html = result.value
  } catch {
    throw new UserError(
      'docx.corrupt',
      'Word 文档已损坏，无法读取其中的内容。请在 Word 或 WPS 中打开并重新保存为 .docx 后再导入。',
    )
  }
  const parsed = htmlToItems(html, {
    image: (src) => (src.startsWith(IMAGE_SRC) ? src.slice(IMAGE_SRC.length) : undefined),
  })
  if (unsupported)
    parsed.warnings.push(
      `${unsupported} 张图片的格式（如 EMF、WMF）不受支持，已跳过；请在 Word 中把它们另存为 PNG 或 JPEG 后插入。`,
    )
  return parsed
}
