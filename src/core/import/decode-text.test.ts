import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text'
import { importDraft } from './import-draft'
import { blockText } from '../model/text'
import { UserError } from '../errors'

const utf8 = (s: string) => new TextEncoder().encode(s)
function utf16(s: string, order: 'le' | 'be', bom = false): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2)
  const units = (bom ? '\ufeff' : '') + s
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i)
    out[i * 2 + (order === 'le' ? 0 : 1)] = c & 0xff
    out[i * 2 + (order === 'le' ? 1 : 0)] = c >> 8
  }
  return out
}
// 「你好，世界。」 in GB18030 (the same bytes as GBK): what `file` calls ISO-8859 text.
const GB_NIHAO = Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7, 0xa1, 0xa3])
const NOTICE = '关于开展夏季消防安全检查的通知\r\n　　一、检查时间为6月1日至6月30日。\r\n'

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    if (e instanceof UserError) return e.code
    throw e
  }
  return 'no error'
}

describe('decoding a text draft', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8('\ufeff抓党建'))).toEqual({ text: '抓党建', encoding: 'utf-8' })
    expect(decodeText(utf8('抓党建'))).toEqual({ text: '抓党建', encoding: 'utf-8' })
  })

  it('reads GBK/GB18030 bytes that are not valid UTF-8', () => {
    expect(decodeText(GB_NIHAO)).toEqual({ text: '你好，世界。', encoding: 'gb18030' })
  })

  it('reads a Big5 draft longer than the part that decides between Big5 and GBK, cut mid-character there', () => {
    // 「我們的人在中國工作，這是大事。」 in Big5, a line each, after one ASCII byte: the 128 KB mark falls
    // between the two bytes of a character.
    const line = Uint8Array.from([
      0xa7, 0xda, 0xad, 0xcc, 0xaa, 0xba, 0xa4, 0x48, 0xa6, 0x62, 0xa4, 0xa4, 0xb0, 0xea, 0xa4, 0x75, 0xa7, 0x40,
      0xa1, 0x41, 0xb3, 0x6f, 0xac, 0x4f, 0xa4, 0x6a, 0xa8, 0xc6, 0xa1, 0x43, 0x0a,
    ])
    const copies = Math.ceil((200 * 1024) / line.length)
    const bytes = new Uint8Array(1 + copies * line.length)
    bytes[0] = 0x78
    for (let i = 0; i < copies; i++) bytes.set(line, 1 + i * line.length)
    expect(bytes[128 * 1024 - 1]! >= 0xa1 && bytes[128 * 1024]! >= 0x40).toBe(true)
    expect(decodeText(bytes)).toEqual({ text: 'x' + '我們的人在中國工作，這是大事。\n'.repeat(copies), encoding: 'big5' })
  })

  it('reads UTF-16 with a BOM in either byte order', () => {
    expect(decodeText(utf16(NOTICE, 'le', true)).encoding).toBe('utf-16le')
    expect(decodeText(utf16(NOTICE, 'be', true))).toEqual({ text: NOTICE, encoding: 'utf-16be' })
  })

  it('reads UTF-16 without a BOM from its zero bytes, even with 一 and U+3000 putting zeros on the other side', () => {
    expect(decodeText(utf16(NOTICE, 'le'))).toEqual({ text: NOTICE, encoding: 'utf-16le' })
    expect(decodeText(utf16(NOTICE, 'be'))).toEqual({ text: NOTICE, encoding: 'utf-16be' })
  })

  it('trusts a charset the HTML declares when the bytes agree', () => {
    expect(decodeText(GB_NIHAO, 'gb2312').encoding).toBe('gb18030')
    expect(decodeText(utf8('标题'), 'gbk')).toEqual({ text: '标题', encoding: 'utf-8' })
  })

  it('reads UTF-8 with damaged bytes as U+FFFD, naming line and column of each, instead of reading it as GBK mojibake', () => {
    const good = utf8('第一行正常的文字内容\n第二行也是正常的文字\n第三行')
    const broken = Uint8Array.from([
      ...good.subarray(0, good.length - 6),
      0xff,
      0xfe,
      ...good.subarray(good.length - 6, good.length - 3),
      0xc0,
      ...good.subarray(good.length - 3),
    ])
    const decoded = decodeText(broken)
    expect(decoded.text).toBe('第一行正常的文字内容\n第二行也是正常的文字\n第\ufffd\ufffd三\ufffd行')
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.replaced).toEqual([
      { line: 3, column: 2 },
      { line: 3, column: 5 },
    ])
  })

  it('keeps a U+FFFD that well-formed UTF-8 holds (a page’s mojibake banner) as text', () => {
    expect(decodeText(utf8('\ufffd站点横幅\n正文第一段。'))).toEqual({
      text: '\ufffd站点横幅\n正文第一段。',
      encoding: 'utf-8',
    })
  })

  it('refuses bytes that are not text', () => {
    expect(codeOf(() => decodeText(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 1, 1, 0, 0, 0, 0, 0, 0])))).toBe(
      'import.binary',
    )
  })
})

describe('importing damaged UTF-8', () => {
  it('keeps every readable line and warns where the bytes were replaced', async () => {
    const bytes = Uint8Array.from([
      ...utf8('关于开展检查的通知\n第一段文字完整。\n第二段'),
      0xe6,
      0x96,
      ...utf8('后面的文字。'),
    ])
    const { bundle, report } = await importDraft(bytes, 'damaged.txt')
    expect(bundle.article.blocks.map(blockText).join('\n')).toContain('第二段\ufffd后面的文字。')
    expect(report.warnings[0]).toBe(
      '文件中有 1 处损坏的字节（不是有效的 UTF-8），已用 � 代替：第 3 行第 4 列。请对照原稿补上这些字。',
    )
  })
})
