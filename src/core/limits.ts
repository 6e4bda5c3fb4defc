import { UserError } from './errors'
import type { ArticleBundle } from './model/article'
import { imageInfo } from './model/image-info'
import { blockLines } from './model/text'

/**
 * Every size limit in one place, so that what import admits, Save writes and Open reads agree: a draft
 * that imports can be saved and opened again, and what cannot be is refused before any work starts, with
 * the limit named (docs/security.md, "Limits"). The numbers leave a wide margin over real newsroom work
 * (a long feature is well under 1 MB of text and a few hundred paragraphs) while keeping a stray log
 * file, a disk image or a crafted file from exhausting memory.
 */

const MB = 1024 * 1024

export const LIMITS = {
  /** .txt, .html, .md drafts: decoded whole, so the bytes count. */
  textBytes: 32 * MB,
  /** .docx and a .banxin imported as a draft: mostly images. */
  packageBytes: 128 * MB,
  /** Sum of the uncompressed sizes inside a .docx (zip-bomb guard). */
  docxUnzippedBytes: 512 * MB,
  /** One XML part of a .docx uncompressed; real documents stay far below this. */
  docxPartBytes: 128 * MB,
  docxEntries: 5000,
  /**
   * Paragraphs (and lines of a text draft) an import reads: a 31 MB text of ordinary paragraphs has
   * about 50,000, while 32 MB of one-character lines would be eleven million and take minutes and
   * gigabytes to recognise.
   */
  blocks: 200_000,
  /**
   * Characters in one paragraph that layout sets: line breaking holds a whole paragraph's glyphs and
   * break candidates at once (a 2-million-character paragraph took 48 s and 1.4 GB), and no real
   * paragraph comes near this.
   */
  paragraphChars: 100_000,
  /** One image's file: inserted, pasted (data: URI) or stored in a .banxin. */
  imageBytes: 64 * MB,
  /**
   * One image's pixels. A whole 对开 newspaper page (390 × 545 mm), the largest sheet a newsroom prints,
   * at 600 dpi is 9213 × 12874 ≈ 119 million pixels; more is beyond print sense, and a small PNG can
   * claim far more (100000 × 100000 is 40 GB decoded).
   */
  imagePixels: 120_000_000,
  /**
   * article.json (and review.json) inside a .banxin. Import measures the article it made against this
   * and Save refuses past it, so nothing Banxin imports or saves is a file it refuses to open. A 31 MB
   * text of ordinary paragraphs makes about 44 MB.
   */
  articleJsonBytes: 128 * MB,
  /** page.json of a page file: its articles are embedded. */
  pageJsonBytes: 256 * MB,
  banxinEntries: 2000,
  /** Sum of a .banxin's uncompressed entries. */
  banxinUnzippedBytes: 1024 * MB,
  /** A .banxin article file on disk. */
  banxinBytes: 512 * MB,
  /** A page file on disk: it carries the images of all its stories. */
  pageFileBytes: 1024 * MB,
} as const

/** 「31.0 MB」: how the UI and the CLI name a size. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} 字节`
}

/**
 * Why an image is refused, or undefined when its pixels are within print sense. Read from the header
 * (`imageInfo`), so a decompression bomb is refused before anything decodes it.
 */
export function oversizeImage(name: string, size: { width?: number; height?: number }, next: string): string | undefined {
  const { width, height } = size
  if (!width || !height || width * height <= LIMITS.imagePixels) return undefined
  return `图片「${name}」有 ${width}×${height} 像素，超过上限 ${LIMITS.imagePixels / 100_000_000} 亿像素（整版对开报纸按 600 dpi 印刷也只需约 1.19 亿像素）。${next}`
}

/** An import with more paragraphs (or text lines) than `LIMITS.blocks`, refused before recognition starts. */
export function tooManyBlocks(): UserError {
  return new UserError(
    'import.too-many-blocks',
    `文稿超过 ${LIMITS.blocks} 段（行），远超正常文稿，版心无法处理。请确认选对了文件，或把原稿拆成几份再导入。`,
  )
}

/**
 * Refuses a document holding an image past `LIMITS.imagePixels` (a .banxin made elsewhere), read from the
 * headers: the PDF writer, the print preview, the page view and the HTML package never decode it.
 */
export function checkImagePixels({ article, assetData }: ArticleBundle): void {
  for (const [id, info] of Object.entries(article.assets)) {
    const bytes = assetData[id]
    const refusal = bytes && oversizeImage(info.name, imageInfo(bytes) ?? {}, '请在文稿中换上缩小后的图片，再导出。')
    if (refusal) throw new UserError('image.too-many-pixels', refusal)
  }
}

/**
 * Refuses to lay out an article past the layout limits, before any font loads: an image beyond print
 * sense, or a paragraph longer than line breaking holds.
 */
export function checkLayoutLimits(bundle: ArticleBundle): void {
  checkImagePixels(bundle)
  bundle.article.blocks.forEach((block, i) => {
    const longest = Math.max(0, ...blockLines(block).map((line) => line.length))
    if (longest > LIMITS.paragraphChars)
      throw new UserError(
        'layout.paragraph-too-long',
        `正文第 ${i + 1} 段有 ${longest} 字，超过排版一段的上限 ${LIMITS.paragraphChars} 字，无法排版。请把它分成几段。`,
      )
  })
}
