import { zipSync } from 'fflate'
import { UserError } from '../errors'
import { LIMITS, formatSize } from '../limits'
import { entryData, unsafeEntryName, zipEntries, type ZipEntry } from '../file/zip-reader'

/**
 * Zip packages (.docx, .banxin and look-alikes). Everything is decided from the central directory
 * before a byte is inflated: entry count, names, and the declared uncompressed sizes (zip-bomb guard).
 * Each entry is then inflated as a stream that stops as soon as it exceeds its declared size
 * (`core/file/zip-reader.ts`), so an entry that lies about its size costs no more than its claim.
 */

export type PackageKind = 'docx' | 'banxin'

function corrupt(): UserError {
  return new UserError(
    'zip.corrupt',
    '文件已损坏或不完整（压缩包结构无法读取），可能在下载或复制时被截断。请重新获取原文件后再导入。',
  )
}

export function listZip(bytes: Uint8Array): ZipEntry[] {
  let entries: ZipEntry[]
  try {
    entries = zipEntries(bytes)
  } catch {
    throw corrupt()
  }
  if (entries.length > LIMITS.docxEntries)
    throw new UserError('zip.too-many', '压缩包中的条目过多，不像是正常的 Word 文档，已拒绝导入。')
  const bad = entries.find((e) => unsafeEntryName(e.name))
  if (bad)
    throw new UserError(
      'zip.unsafe-name',
      `文件中含有不安全的路径「${bad.name}」，可能是恶意构造的文件，已拒绝导入。`,
    )
  return entries
}

const OFFICE_LOOKALIKES: { part: string; code: string; what: string; advice: string }[] = [
  {
    part: 'xl/workbook.xml',
    code: 'import.xlsx',
    what: 'Excel 表格（.xlsx）',
    advice: '请把文字复制到 Word 文档或编辑器中。',
  },
  {
    part: 'ppt/presentation.xml',
    code: 'import.pptx',
    what: 'PowerPoint 演示文稿（.pptx）',
    advice: '请把文字复制到 Word 文档或编辑器中。',
  },
  { part: 'OFD.xml', code: 'import.ofd', what: 'OFD 版式文件', advice: '请导入原始的 Word 或文本文件。' },
  {
    part: 'content.xml',
    code: 'import.odf',
    what: 'OpenDocument 文件（.odt 等）',
    advice: '请在 WPS 或 LibreOffice 中另存为 .docx 再导入。',
  },
]

export function packageKind(entries: readonly ZipEntry[], fileName = ''): PackageKind {
  const names = new Set(entries.map((e) => e.name))
  if (names.has('word/document.xml')) return 'docx'
  if (names.has('article.json')) return 'banxin'
  const namedDocx = fileName.toLowerCase().endsWith('.docx')
  for (const kind of OFFICE_LOOKALIKES) {
    if (!names.has(kind.part)) continue
    const said = namedDocx
      ? `文件名是 .docx，但内容是${kind.what}，不是 Word 文档。`
      : `这是${kind.what}，不是文稿。`
    throw new UserError(kind.code, said + kind.advice)
  }
  if (names.has('[Content_Types].xml'))
    throw new UserError(
      'docx.corrupt',
      'Word 文档不完整：缺少正文部分（word/document.xml），可能已损坏。请在 Word 或 WPS 中打开并重新保存后再导入。',
    )
  throw new UserError(
    'import.zip',
    '这是一个压缩包，不是 Word 文档（.docx）或版心文件。请先解压，再导入其中的文稿。',
  )
}

function checkSizes(entries: readonly ZipEntry[]): void {
  let total = 0
  for (const e of entries) {
    total += e.size
    if (e.size > LIMITS.docxPartBytes || total > LIMITS.docxUnzippedBytes)
      throw new UserError(
        'zip.bomb',
        `文件中的「${e.name}」解压后达 ${formatSize(e.size)}（整个文件声称 ${formatSize(total)} 以上），远超正常文稿，可能是恶意构造的压缩包，已拒绝导入。`,
      )
  }
}

/** The parts of a .docx a reader needs: the package manifest, relationships and the word/ folder. */
function docxPart(name: string): boolean {
  return (
    name === '[Content_Types].xml' ||
    name.startsWith('_rels/') ||
    (name.startsWith('word/') && !name.startsWith('word/embeddings/'))
  )
}

/**
 * Inflates the .docx parts within the size checks and repacks them uncompressed, so the docx reader
 * (which inflates with no limit of its own) only ever sees bytes that were already bounded.
 */
export function boundedDocx(bytes: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  const parts = entries.filter((e) => docxPart(e.name))
  checkSizes(parts)
  const liar = (entry: ZipEntry) =>
    new UserError(
      'zip.size-mismatch',
      `文件中的「${entry.name}」解压后的大小与记录不符，文件已损坏或是恶意构造的压缩包，已拒绝导入。`,
    )
  const stored: Record<string, [Uint8Array, { level: 0 }]> = {}
  for (const part of parts) stored[part.name] = [entryData(bytes, part, liar), { level: 0 }]
  return zipSync(stored, { mtime: new Date('2020-01-01T00:00:00Z') })
}
