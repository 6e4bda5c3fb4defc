import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { UserError } from '../errors'
import { importDraft } from './import-draft'
import { sampleDocx } from './testing/sample-docx'
import { claimSize } from '../../../test/support/zip-claims'

/**
 * Bad inputs: each must end in a UserError with a Chinese sentence that says what to do, never in
 * an unexpected exception (issue 3, "Done when").
 */

const u8 = (s: string) => new TextEncoder().encode(s)

/** Sets the uncompressed size every local and central header declares, as a zip bomb's headers read. */
function seeded(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n)
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

const CONTENT_TYPES = strToU8(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
)

const CASES: [name: string, bytes: () => Uint8Array | Promise<Uint8Array>, fileName: string, code: string][] =
  [
    ['an empty file (0 bytes)', () => new Uint8Array(0), 'empty.txt', 'import.empty'],
    ['a file of only spaces and newlines', () => u8(' \n\u3000\r\n\t'), 'blank.txt', 'import.no-text'],
    ['random bytes', () => seeded(4096, 7), 'noise.txt', 'import.binary'],
    [
      'a program (ELF) renamed .txt',
      () => Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Uint8Array(60)]),
      'a.txt',
      'import.binary',
    ],
    [
      'UTF-16 with a BOM cut mid-character',
      () => Uint8Array.from([0xff, 0xfe, 0x60, 0x4f, 0x7d]),
      'cut.txt',
      'import.bad-utf16',
    ],
    ['a 33 MB text', () => new Uint8Array(33 * 1024 * 1024).fill(0x41), 'huge.txt', 'import.too-large'],
    [
      'a binary Word .doc (OLE2)',
      () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
      'old.doc',
      'import.doc',
    ],
    ['a PDF', () => u8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'x.pdf', 'import.pdf'],
    ['an RTF file', () => u8('{\\rtf1\\ansi\\ansicpg936 hello}'), 'x.rtf', 'import.rtf'],
    [
      'a PNG picture',
      () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'photo.txt',
      'import.image',
    ],
    ['a gzip archive', () => Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'x.gz', 'import.archive'],
    [
      'an empty zip',
      () => Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]),
      'x.docx',
      'import.empty-zip',
    ],
    ['a truncated .docx', async () => (await sampleDocx()).slice(0, 3000), 'cut.docx', 'zip.corrupt'],
    [
      'a zip-bomb .docx declaring 4 GB',
      async () => claimSize(await sampleDocx(), 0xfffffff0),
      'bomb.docx',
      'zip.bomb',
    ],
    [
      'a .docx whose entry inflates past the size it declares',
      () =>
        claimSize(
          zipSync({
            '[Content_Types].xml': CONTENT_TYPES,
            'word/document.xml': new Uint8Array(8 * 1024 * 1024).fill(0x3c),
          }),
          1000,
        ),
      'liar.docx',
      'zip.size-mismatch',
    ],
    [
      'an .xlsx renamed .docx',
      () => zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': strToU8('<workbook/>') }),
      'report.docx',
      'import.xlsx',
    ],
    [
      'a .pptx',
      () => zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'ppt/presentation.xml': strToU8('<p/>') }),
      'slides.pptx',
      'import.pptx',
    ],
    [
      'a .docx without its document part',
      () => zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'word/styles.xml': strToU8('<styles/>') }),
      'x.docx',
      'docx.corrupt',
    ],
    [
      'a .docx whose document is not XML',
      () => zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': strToU8('这不是 XML <<<') }),
      'x.docx',
      'docx.corrupt',
    ],
    [
      'a zip with a path that climbs out',
      () => zipSync({ '../../etc/passwd': strToU8('x'), 'word/document.xml': strToU8('<w/>') }),
      'x.docx',
      'zip.unsafe-name',
    ],
    [
      'a zip with 6000 entries',
      () =>
        zipSync(
          Object.fromEntries(
            Array.from({ length: 6000 }, (_, i) => [`word/media/${i}.png`, new Uint8Array(0)]),
          ),
        ),
      'x.docx',
      'zip.too-many',
    ],
    [
      'an ordinary zip archive',
      () => zipSync({ 'photos/1.jpg': new Uint8Array(10) }),
      'photos.zip',
      'import.zip',
    ],
    [
      'a .banxin with broken JSON',
      () => zipSync({ 'article.json': strToU8('{"version":1,') }),
      'x.banxin',
      'banxin.bad-json',
    ],
    [
      'an HTML page with nothing but scripts and styles',
      () =>
        u8(
          '<html><head><script>alert(1)</script><style>p{}</style></head><body><script>x()</script></body></html>',
        ),
      'x.html',
      'import.no-text',
    ],
  ]

describe('bad inputs get a clear message, never a crash', () => {
  it.each(CASES)('%s', async (_name, bytes, fileName, code) => {
    const error = await importDraft(await bytes(), fileName).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error, 'expected a UserError').toBeInstanceOf(UserError)
    expect((error as UserError).code).toBe(code)
    expect((error as UserError).message).toMatch(/\p{Script=Han}{4}/u)
  })

  it('an HTML page with javascript: links and onerror handlers imports, keeping only text and saying what it removed', async () => {
    const html =
      '<p>详见<a href="javascript:alert(1)">附件</a>。<img src="https://x.example/a.png" onerror="alert(2)"></p>'
    const { bundle, report } = await importDraft(u8(html), 'x.html')
    expect(JSON.stringify(bundle.article)).not.toMatch(/javascript|onerror|alert|https/)
    expect(report.warnings.join('\n')).toMatch(/javascript:[\s\S]*外部图片/)
  })

  it('names the real format when an .xlsx is renamed .docx', async () => {
    const error = await importDraft(
      CASES.find((c) => c[0].includes('xlsx'))![1]() as Uint8Array,
      'report.docx',
    ).catch((e: Error) => e)
    expect((error as Error).message).toBe(
      '文件名是 .docx，但内容是Excel 表格（.xlsx），不是 Word 文档。请把文字复制到 Word 文档或编辑器中。',
    )
  })
})
