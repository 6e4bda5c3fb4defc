import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPdf, type GridSpec } from './check-pdf'
import { trimBoxes } from './page-boxes'
import { readPdf } from './read-pdf'
import { drawPdf, paragraph, patchBytes, type3Pdf, type DrawnLine } from './testing/draw-pdf'
import { hasCommand } from '../fixtures/typeset/pdf-tools'

/** Each measure of the checker, shown to pass a clean page and to fail the fault it is for. */

const MM = 72 / 25.4
const SIZE = 16
const at = { x: 20, baseline: 120, width: 28 * SIZE + 27 * 4, size: SIZE, pitch: 28 }
/**
 * Forty characters, marks at odd places only: lines of 28 (the first 26) always start at even places,
 * so no mark starts a line by accident.
 */
const SENTENCE = '社区服务设施建设要坚持需求导向，统筹规划好、分类推进让居民在家门口办成每一件事。'
const body = (n: number) => SENTENCE.repeat(n)

const check = async (pages: DrawnLine[][], options: Parameters<typeof checkPdf>[1] = {}) =>
  checkPdf(await readPdf(await drawPdf(pages)), options)

describe('读回 PDF 的字形', () => {
  it('每个字形的位置、字号、文字与绘制时一致', async () => {
    const doc = await readPdf(
      await drawPdf([[{ text: '版心排版', x: 100, baseline: 200, size: 20, tracking: 5 }]]),
    )
    expect(
      doc.pages[0]!.glyphs.map((g) =>
        [g.text, g.x, g.y, g.size, g.advance].map((v) =>
          typeof v === 'number' ? Math.round(v * 100) / 100 : v,
        ),
      ),
    ).toEqual([
      ['版', 100, 200, 20, 20],
      ['心', 125, 200, 20, 20],
      ['排', 150, 200, 20, 20],
      ['版', 175, 200, 20, 20],
    ])
  })
})

describe('PDF 检查', () => {
  it('排得好的段落：没有任何问题', async () => {
    const r = await check([paragraph(body(4), at, 28)], { source: body(4) })
    expect(r.lineStartFaults).toEqual([])
    expect(r.lineEndFaults).toEqual([])
    expect(r.loneLastLines).toEqual([])
    expect(r.justification).toMatchObject({ ragged: [], hanging: 0 })
    expect(r.justification.running).toBeGreaterThanOrEqual(3)
    expect(r.justification.justified).toBe(r.justification.running)
    expect(r.fontFaults).toEqual([])
    expect(r.fonts).toEqual([
      {
        name: expect.stringMatching(/^[A-Z]{6}\+NotoSerifSC-Regular$/),
        embedded: true,
        subset: true,
        type3: false,
        unicode: true,
      },
    ])
    expect(r.outsideTrim).toEqual([])
    expect(r.text).toEqual({ sourceChars: [...body(4)].length, complete: true, extra: [] })
  })

  it('行首禁则：行首的逗号被找出', async () => {
    const lines = paragraph(body(2), at, 28)
    lines[1] = { ...lines[1]!, text: '，' + lines[1]!.text.slice(1) }
    expect((await check([lines])).lineStartFaults).toEqual([
      expect.stringMatching(/^第 1 页「，.*」 行首是「，」$/u),
    ])
  })

  it('行首禁则：另一块文字隔开的两行不算同一段（眉题与以——开头的副题之间隔着主题）', async () => {
    const kicker = { text: '数字政务再提速', x: 100, baseline: 60, size: SIZE }
    const title = { text: '社区服务设施建设', x: 40, baseline: 90, size: 22 }
    const subtitle = { text: '——家门口办成每一件事', x: 92, baseline: 120, size: SIZE }
    expect((await check([[kicker, title, subtitle]])).lineStartFaults).toEqual([])
  })

  it('行尾禁则：行末的前引号被找出', async () => {
    const lines = paragraph(body(2), at, 28)
    lines[0] = { ...lines[0]!, text: lines[0]!.text.slice(0, -1) + '“' }
    expect((await check([lines])).lineEndFaults).toEqual([expect.stringContaining('行尾是「“」')])
  })

  it('两端对齐：短了的行被找出，悬挂的句号不算', async () => {
    const lines = paragraph(body(4), at, 28)
    lines[1] = { ...lines[1]!, tracking: lines[1]!.tracking! - 0.2 }
    const hanging = lines[2]!
    lines[2] = {
      ...hanging,
      text: hanging.text.slice(0, -1) + '。',
      tracking: (at.width + SIZE / 2 - 28 * SIZE) / 27,
    }
    const r = await check([lines])
    expect(r.justification.ragged).toEqual([expect.stringMatching(/^第 1 页「.*」 右边 .*（差 5\.40 pt）$/u)])
    expect(r.justification.hanging).toBe(1)
  })

  it('段末孤字：最后一行只有一个字被找出', async () => {
    const text = body(2).slice(0, 26 + 28) + '事。'
    const r = await check([paragraph(text, at, 28)])
    expect(r.loneLastLines).toEqual([expect.stringContaining('段末只有「事。」')])
  })

  describe('公文网格 22 × 28', () => {
    const area = { left: 28 * MM, top: 37 * MM, right: (28 + 156) * MM, bottom: (37 + 225) * MM }
    const pitch = (225 * MM) / 22
    const cell = (156 * MM - SIZE) / 27
    const grid: GridSpec = { rows: 22, cols: 28, size: SIZE, area: () => area }
    const gridAt = {
      x: area.left,
      baseline: area.top + pitch / 2 + 0.38 * SIZE,
      width: area.right - area.left,
      size: SIZE,
      pitch,
    }
    /** Three pages of 22 lines: a paragraph per page. */
    const pages = () => [0, 1, 2].map(() => paragraph(body(22), gridAt, 28).slice(0, 22))

    it('整页 22 行、每行 28 字、行首在字格上：没有问题', async () => {
      const r = await check(pages(), { grid })
      expect(r.grid).toEqual({
        fullPages: 1,
        linesPerPage: [22, 22, 22],
        rowFaults: [],
        cellFaults: [],
        countFaults: [],
      })
    })

    it('离开网格的行、少一行的页、不在字格上的行首、拉开字距排满的整行都被找出', async () => {
      const p = pages()
      p[1]![5] = { ...p[1]![5]!, baseline: p[1]![5]!.baseline + 2 }
      p[1]!.pop()
      p[0]![3] = { ...p[0]![3]!, x: area.left + 1.5 * cell }
      p[2]![7] = {
        ...p[2]![7]!,
        text: p[2]![7]!.text.slice(1),
        tracking: (area.right - area.left - 27 * SIZE) / 26,
      }
      const g = (await check(p, { grid })).grid!
      expect(g.rowFaults).toEqual([
        expect.stringMatching(/^第 2 页「.*」 离第 6 行的中线 2\.00 pt$/u),
        '第 2 页 21 行，应为 22 行',
      ])
      expect(g.cellFaults).toEqual([
        expect.stringMatching(/^第 1 页「.*」 第 1 字「.」不在字格上$/u),
        expect.stringMatching(/^第 3 页「.*」 第 2 字「.」不在字格上$/u),
      ])
      expect(g.countFaults).toEqual([
        expect.stringMatching(/^第 3 页「.*」 从第 1 格排到行末 27 字，应为 28 字$/u),
      ])
    })
    /** Line `i` of page 1 as `han` Han characters from cell 0, then half-width glyphs at the given cells. */
    const withLatin = (i: number, han: number, latin: [string, number][]) => {
      const p = pages()
      const line = p[0]![i]!
      const pieces: DrawnLine[] = [
        { ...line, text: [...line.text].slice(0, han).join('') },
        ...latin.map(([text, at]): DrawnLine => ({ text, x: area.left + at * cell, baseline: line.baseline, size: SIZE })),
      ]
      p[0]!.splice(i, 1, ...pieces)
      return p
    }

    it('半角数字两字一格、在整格中居中：行末对齐到最后一格，行首在字格上', async () => {
      const even = await check(withLatin(5, 26, [['2', 26], ['0', 26.5], ['2', 27], ['4', 27.5]]), { grid })
      const odd = await check(withLatin(5, 27, [['5', 27.25]]), { grid })
      for (const r of [even, odd]) {
        expect(r.justification.ragged).toEqual([])
        expect(r.grid!.cellFaults).toEqual([])
      }
    })

    it('半角数字不在整格中居中、或不是半格一字，都被找出', async () => {
      const left = await check(withLatin(5, 27, [['5', 27]]), { grid })
      expect(left.grid!.cellFaults).toEqual([expect.stringMatching(/^第 1 页「.*」 第 28 字起的「5」不在整格中居中$/u)])
      expect(left.justification.ragged).toEqual([expect.stringMatching(/^第 1 页「.*」 右边 /u)])
      // Proportional digits: not half a cell apart, so each stands alone and is off its cell.
      const proportional = await check(withLatin(5, 26, [['2', 26.25], ['4', 26.85]]), { grid })
      expect(proportional.grid!.cellFaults).toEqual([expect.stringMatching(/^第 1 页「.*」 第 28 字起的「4」不在整格中居中$/u)])
    })
    it('层次标题的编号从正文首行缩进处起（行首的半角字从字格边起），偏右的编号被找出', async () => {
      // A heading of its own line: 「1.2」 in half-width digits, then 「适用」 after a cell's space.
      const heading = (from: number) => {
        const p = pages()
        const line = p[0]![5]!
        const digits: [string, number][] = [['1', from], ['.', from + 0.5], ['2', from + 1]]
        const pieces = [...digits, ['适', 4], ['用', 5]].map(([text, at]): DrawnLine => ({ text: text as string, x: area.left + (at as number) * cell, baseline: line.baseline, size: SIZE }))
        p[0]!.splice(5, 1, ...pieces)
        return p
      }
      expect((await check(heading(2), { grid })).grid!.cellFaults).toEqual([])
      // Centred in its two cells as mid-line, the number began a quarter cell right of the indent.
      expect((await check(heading(2.25), { grid })).grid!.cellFaults).toEqual([expect.stringMatching(/^第 1 页「1\.2适用」 第 1 字起的「1\.2」不在行首的字格上$/u)])
    })

    it('一字宽的 ×（全角）占一格：在字格上为对，偏出字格被找出', async () => {
      const inCell = await check(withLatin(5, 27, [['×', 27]]), { grid })
      expect(inCell.grid!.cellFaults).toEqual([])
      const off = await check(withLatin(5, 27, [['×', 27.25]]), { grid })
      expect(off.grid!.cellFaults).toEqual([expect.stringMatching(/^第 1 页「.*」 第 28 字「×」不在字格上$/u)])
    })
  })

  it('裁切框与版框之外的字形被找出', async () => {
    const lines: DrawnLine[] = [
      { text: '出血之外', x: -10, baseline: 100, size: SIZE },
      { text: '跨过栏线的一行字', x: 100, baseline: 200, size: SIZE },
    ]
    const column = { left: 90, top: 150, right: 200, bottom: 400 }
    const r = await check([lines], { frames: () => [column] })
    expect(r.outsideTrim).toEqual([
      expect.stringMatching(/^第 1 页「出」\[-10\.0, 85\.9 – 6\.0, 101\.9\] 在裁切框 /u),
    ])
    expect(r.outsideFrames.map((f) => f.slice(0, 8))).toEqual([
      '第 1 页「出」',
      '第 1 页「血」',
      '第 1 页「之」',
      '第 1 页「外」',
      '第 1 页「行」',
      '第 1 页「字」',
    ])
  })

  it('竖排中横倒的字（顺时针转 90°）沿竖行向下、字头朝右，按转过的字框判断是否出栏', async () => {
    const column = { left: 100, top: 100, right: 100 + SIZE, bottom: 300 }
    const turned = { text: 'COVID', x: 100 + 0.12 * SIZE, baseline: 120, size: SIZE, turned: true as const }
    const doc = await readPdf(await drawPdf([[turned]]))
    const [c] = doc.pages[0]!.glyphs
    expect([c!.text, c!.dir, c!.up].map((v) => (Array.isArray(v) ? v.map((n) => Math.round(n * 1e6) / 1e6 + 0) : v))).toEqual(['C', [0, 1], [1, 0]])
    expect(checkPdf(doc, { frames: () => [column] }).outsideFrames).toEqual([])
    const upright = await check([[{ ...turned, turned: undefined }]], { frames: () => [column] })
    expect(upright.outsideFrames.map((f) => f.slice(0, 8))).toEqual(['第 1 页「O」', '第 1 页「V」', '第 1 页「I」', '第 1 页「D」'])
  })

  it('TrimBox 由 qpdf 读出，换算到页面坐标', async ({ skip }) => {
    skip(!hasCommand('qpdf'), 'qpdf not installed')
    const pdf = await drawPdf([[{ text: '版心', x: 10, baseline: 20, size: SIZE }]], {
      width: 200,
      height: 300,
      trim: [5, 10, 190, 280],
    })
    const path = join(mkdtempSync(join(tmpdir(), 'banxin-pdfcheck-')), 'trim.pdf')
    writeFileSync(path, pdf)
    const doc = await readPdf(path)
    expect(trimBoxes(path, doc)).toEqual([{ left: 5, top: 20, right: 190, bottom: 290 }])
  })

  describe('字体', () => {
    const plain = () => drawPdf([[{ text: '版心排版', x: 100, baseline: 200, size: 20 }]])

    it('没有 ToUnicode：字形取不回文字', async () => {
      const r = checkPdf(await readPdf(patchBytes(await plain(), '/ToUnicode', '/ToUnicodX')))
      expect(r.fontFaults).toEqual([expect.stringMatching(/的字形没有对应的 Unicode 文字/u)])
    })

    it('没有嵌入', async () => {
      const r = checkPdf(await readPdf(patchBytes(await plain(), '/FontFile2', '/FontFileX')))
      expect(r.fontFaults).toEqual(expect.arrayContaining([expect.stringMatching(/没有嵌入$/u)]))
    })

    it('没有取子集', async () => {
      const bytes = await plain()
      const tag = Buffer.from(bytes)
        .toString('latin1')
        .match(/\/([A-Z]{6})\+NotoSerifSC/u)![1]!
      const r = checkPdf(await readPdf(patchBytes(bytes, `/${tag}+`, `/${tag}-`)))
      expect(r.fontFaults).toEqual([expect.stringMatching(/没有取子集$/u)])
    })

    it('Type 3 字体', async () => {
      const r = checkPdf(await readPdf(type3Pdf()))
      expect(r.fonts.map((f) => f.type3)).toEqual([true])
      expect(r.fontFaults).toEqual(expect.arrayContaining([expect.stringMatching(/是 Type 3 字体$/u)]))
    })
  })

  it('文字还原：缺字被找出，页码另列', async () => {
    const lines = [...paragraph(body(2), at, 28), { text: '— 1 —', x: 280, baseline: 780, size: 14 }]
    const ok = await check([lines], { source: body(2) })
    expect(ok.text).toMatchObject({ complete: true, extra: ['—1—'] })
    const missing = await check([lines], { source: body(1) + '缺' + body(1) })
    expect(missing.text).toMatchObject({
      complete: false,
      missing: expect.stringMatching(/^第 40 字：原文「.*缺.*」没有在 PDF 中按顺序出现$/u),
    })
  })
})
