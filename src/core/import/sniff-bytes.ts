import { UserError } from '../errors'

/**
 * First look at a draft's bytes: is it a zip package (.docx, .banxin …), text to decode, or a known
 * binary format we refuse with advice? Decided by content, so a renamed file is still recognised.
 */

export type Container = 'zip' | 'text'

interface Magic {
  bytes: readonly number[]
  /** Where the signature starts. */
  at?: number
  code: string
  message: string
}

const SAVE_AS_DOCX = '请在 Word 或 WPS 中打开它，选择“另存为”→“Word 文档（*.docx）”，再导入 .docx 文件。'
const NOT_A_DRAFT = '它不是文稿。请新建或导入文稿后，在编辑器中插入图片。'
const UNPACK_FIRST = '请先解压，再导入其中的文稿。'

const MAGICS: readonly Magic[] = [
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    code: 'import.doc',
    message: `这是旧版 Word 文档（.doc）或 WPS 文档（.wps），版心无法直接读取。${SAVE_AS_DOCX}`,
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
    code: 'import.pdf',
    message:
      '这是 PDF 文件。PDF 不保存段落结构，版心不能从它导入。请导入原始的 Word 或文本文件，或从 PDF 中复制文字后粘贴到编辑器。',
  },
  {
    bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    code: 'import.rtf',
    message: `这是 RTF 文件，版心无法直接读取。${SAVE_AS_DOCX}`,
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], code: 'import.image', message: `这是 PNG 图片，${NOT_A_DRAFT}` },
  { bytes: [0xff, 0xd8, 0xff], code: 'import.image', message: `这是 JPEG 图片，${NOT_A_DRAFT}` },
  { bytes: [0x47, 0x49, 0x46, 0x38], code: 'import.image', message: `这是 GIF 图片，${NOT_A_DRAFT}` },
  { bytes: [0x57, 0x45, 0x42, 0x50], at: 8, code: 'import.image', message: `这是 WebP 图片，${NOT_A_DRAFT}` },
  { bytes: [0x52, 0x61, 0x72, 0x21], code: 'import.archive', message: `这是 RAR 压缩包。${UNPACK_FIRST}` },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], code: 'import.archive', message: `这是 7z 压缩包。${UNPACK_FIRST}` },
  { bytes: [0x1f, 0x8b], code: 'import.archive', message: `这是 gzip 压缩文件。${UNPACK_FIRST}` },
]

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)
}

export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) throw new UserError('import.empty', '文件是空的（0 字节），没有可导入的内容。')
  if (startsWith(bytes, ZIP)) return 'zip'
  if (startsWith(bytes, EMPTY_ZIP))
    throw new UserError('import.empty-zip', '这是一个空的压缩包，里面没有文稿。')
  for (const magic of MAGICS)
    if (startsWith(bytes, magic.bytes, magic.at)) throw new UserError(magic.code, magic.message)
  return 'text'
}
