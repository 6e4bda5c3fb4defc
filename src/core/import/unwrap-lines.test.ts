import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { blockText } from '../model/text'
import { lineColumn, suggestChanges } from '../normalize'
import { importDraft, importPlainText } from './import-draft'
import { plainTextItems } from './source-item'
import { displayWidth, unwrapLines } from './unwrap-lines'

/** Paragraphs written for this test, cut every `n` characters as a PDF copy or a fixed-width editor does. */
const PARAGRAPHS = [
  '入冬以来，河川市各社区陆续开放“暖心驿站”，为户外劳动者和独居老人提供热水、午休和简单医疗服务，全市已建成驿站一百二十六个。',
  '在城南街道的驿站里，环卫工人老周端着热水说：“以前中午只能在车上眯一会儿，现在有地方歇脚了。”驿站还配了微波炉和充电宝，方便大家随时使用。',
  '据市总工会介绍，下一步将推动驿站与社区食堂、卫生服务站联动，并在APP上公布驿站位置和开放时间，让需要的人找得到、用得上。',
]
/**
 * Cuts a paragraph into lines of `n` Han characters' width, as a fixed-width editor or a PDF copy does: a
 * Latin word is not split, the line breaks at the space before it and the space is lost.
 */
const wrap = (p: string, n: number, indent = '') => {
  const lines: string[] = []
  let line = ''
  for (const ch of indent + p) {
    if (displayWidth(line + ch) > 2 * n) {
      const word = line.match(/ ([A-Za-z]+)$/u)
      if (word && /[A-Za-z]/u.test(ch)) {
        lines.push(line.slice(0, -word[0].length))
        line = word[1]!
      } else {
        lines.push(line)
        line = ''
      }
    }
    line += ch
  }
  return [...lines, line]
}

describe('hard-wrapped plain text', () => {
  it('joins the lines of each paragraph back, paragraphs marked by indentation', async () => {
    const source = ['暖心驿站温暖一座城', ...PARAGRAPHS.flatMap((p) => wrap(p, 30, '\u3000\u3000'))].join('\n')
    const { bundle, report } = await importDraft(new TextEncoder().encode(source), '驿站.txt')
    expect(bundle.article.meta.title).toBe('暖心驿站温暖一座城')
    expect(bundle.article.blocks.map(blockText)).toEqual(PARAGRAPHS.map((p) => '\u3000\u3000' + p))
    expect(report.warnings.join('')).toMatch(/文稿是逐行折断的（每行约 30 个字），已把 \d+ 处折行接回段落。/)
  })

  it('paragraphs separated by blank lines, a section heading between them, a Latin word cut at the wrap', () => {
    const latin = '驿站志愿者小林说，他们正在和社区一起整理服务记录，准备在Community Service平台上公开每周的服务人次。'
    const lines = [...wrap(PARAGRAPHS[0]!, 24), '', '驿站里的一天', '', ...wrap(PARAGRAPHS[1]!, 24), '', ...wrap(latin, 24)]
    expect(lines.some((l) => / $|^ /u.test(l)), 'no line starts or ends with the space it was cut at').toBe(false)
    const result = importPlainText(lines.join('\n'))
    expect(result.bundle.article.blocks.map(blockText)).toEqual([PARAGRAPHS[0], '驿站里的一天', PARAGRAPHS[1], latin])
    expect(result.bundle.article.blocks[1]!.type).toBe('section-heading')
  })

  it('leaves text with one line per paragraph alone', () => {
    const items = plainTextItems(['标题', ...PARAGRAPHS, ...PARAGRAPHS.map((p) => p.slice(5))].join('\n'))
    expect(unwrapLines(items)).toMatchObject({ joined: 0 })
  })

  it('leaves alone lines that share a width by chance: sentences ending in 。, or one line repeated', () => {
    const sentence = PARAGRAPHS[0]!.slice(0, 29) + '。'
    expect(unwrapLines(plainTextItems(Array.from({ length: 6 }, () => sentence).join('\n')))).toMatchObject({ joined: 0 })
    const meta = '发布时间：2020-08-03 16:26:27 作者：颜慧 来源：本报'
    expect(unwrapLines(plainTextItems(Array.from({ length: 6 }, () => meta).join('\n')))).toMatchObject({ joined: 0 })
  })

  it('keeps 公文 headings, 附件 and dates on their own lines even after a full line', () => {
    const lines = [...wrap(PARAGRAPHS[0]! + PARAGRAPHS[2]!, 30, '\u3000\u3000'), '一、总体要求', ...wrap(PARAGRAPHS[1]!, 30), '附件：1.驿站名单', '2024年12月1日']
    const { items } = unwrapLines(plainTextItems(lines.join('\n')))
    expect(items.map((i) => i.inlines[0]!.text)).toEqual(['\u3000\u3000' + PARAGRAPHS[0] + PARAGRAPHS[2], '一、总体要求', PARAGRAPHS[1], '附件：1.驿站名单', '2024年12月1日'])
  })

  it('lint points at the source line a problem is on, inside a joined paragraph', async () => {
    const flawed = PARAGRAPHS[1]!.replace('方便大家', '方便大家,')
    const lines = ['暖心驿站', ...PARAGRAPHS.flatMap((p, k) => wrap(k === 1 ? flawed : p, 30, '\u3000\u3000'))]
    const { bundle, report } = await importDraft(new TextEncoder().encode(lines.join('\n')), '驿站.txt')
    const comma = lines.findIndex((l) => l.includes('大家,'))
    const found = suggestChanges(bundle.article).map((p) => lineColumn(bundle.article, p.at, p.offset, report.sourceMap))
    expect(found).toContainEqual({ line: comma + 1, column: [...lines[comma]!].indexOf(',') + 1 })
  })

  it('measures Han and full-width forms as two columns', () => {
    expect(displayWidth('驿站ＡB，c')).toBe(2 + 2 + 2 + 1 + 2 + 1)
    expect(displayWidth('𠮷a——……“”')).toBe(2 + 1 + 4 + 4 + 4)
  })

  it('counts every code point as the East Asian width table does', () => {
    const WIDE = /[\u1100-\u115f\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u
    const edges = [0x10ff, 0x1100, 0x115f, 0x1160, 0x2013, 0x2014, 0x2015, 0x2016, 0x2017, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x2025, 0x2026, 0x2027, 0x2e7f, 0x2e80, 0xa4cf, 0xa4d0, 0xabff, 0xac00, 0xd7a3, 0xd7a4, 0xf8ff, 0xf900, 0xfaff, 0xfb00, 0xfe2f, 0xfe30, 0xfe4f, 0xfe50, 0xfeff, 0xff00, 0xff60, 0xff61, 0xffdf, 0xffe0, 0xffe6, 0xffe7, 0x1ffff, 0x20000, 0x3fffd, 0x3fffe]
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0x20, max: 0x3ffff }).filter((c) => c < 0xd800 || c > 0xdfff))), (codes) => {
        const line = String.fromCodePoint(...codes)
        expect(displayWidth(line)).toBe([...line].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0))
      }),
    )
  })
})
