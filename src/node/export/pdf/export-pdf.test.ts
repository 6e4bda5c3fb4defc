import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, ArticleBundle } from '../../../core/model/article'
import { validateArticle } from '../../../core/model/schema'
import { article, heading, paragraph } from '../../../core/model/build'
import { normalizeArticle } from '../../../core/normalize'
import example from '../../../../resources/examples/example.json' with { type: 'json' }
import { articleText } from '../../../core/typeset/testing/fixture-article'
import { gongwenArticle, hasUserSample, punctuationArticle, USER_SAMPLE } from '../../../../test/fixtures/typeset/fixtures'
import { glyphcheck, hasCommand, hasGlyphcheck, hasPdfcheck, hasPoppler, output, pdfcheck, pdfFonts, pdfInfo } from '../../../../test/fixtures/typeset/pdf-tools'
import { checkPdf, type GridSpec, type PdfReport } from '../../../../test/pdf/check-pdf'
import { GONGWEN_GRID } from '../../../../test/pdf/gongwen-grid'
import { trimBoxes } from '../../../../test/pdf/page-boxes'
import { readPdf } from '../../../../test/pdf/read-pdf'
import { pdfLines } from '../../../../test/pdf/lines'
import { importFile } from '../../import/import-file'
import type { ExportProgress, PdfExportOptions } from './export-pdf'
import { exportPdf, exportPdfToFile } from './export-pdf'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-pdf-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const exampleArticle = (): Article => {
  const checked = validateArticle(example)
  if (!checked.ok) throw new Error(checked.errors.join('\n'))
  return checked.value
}

const CREATED = new Date('2026-03-16T09:30:00+08:00')

/** Exports to a file in the test folder, with the article's own text beside it for pdfcheck --text. */
async function exported(name: string, article: Article, options: PdfExportOptions = {}): Promise<{ pdf: string; text: string }> {
  const pdf = join(dir, `${name}.pdf`)
  const text = join(dir, `${name}.txt`)
  await exportPdfToFile({ article, assetData: {} }, pdf, { creationDate: CREATED, ...options })
  await writeFile(text, articleText(article))
  return { pdf, text }
}

const sectionHeadingLines = (a: Article) =>
  a.blocks.flatMap((b) => (b.type === 'section-heading' ? b.children.map((l) => l.children.map((c) => c.text).join('')) : []))

/**
 * What is left of the PDF's text beyond the article's own once what the layout adds is taken out: the
 * meta line's field names and values, 责任编辑, 电头, running heads (the title), page numbers and 公文
 * heading numbers. Anything left is text the PDF prints that the article does not have.
 */
function unexpectedText(extra: readonly string[], a: Article): string[] {
  const { title, author, source, editor, byline } = a.meta
  const known = [byline, title, editor, author, source, '作者：', '来源：', '发布时间：', '责任编辑：'].flatMap((k) => (k ? [k.replace(/\s/gu, '')] : []))
  return extra.map((run) => known.reduce((r, k) => r.replaceAll(k, ''), run).replace(/[\d—:.\-、（）一二三四五六七八九十]/gu, '')).filter(Boolean)
}

/** What the project's own PDF check (test/pdf) must find in every export, and pdfcheck and glyphcheck where ../shared has them. */
async function expectPrintReady(pdf: string, text: string, article: Article, { grid, columns = 1 }: { grid?: GridSpec; columns?: number } = {}): Promise<PdfReport> {
  const doc = await readPdf(pdf)
  const r = checkPdf(doc, { source: articleText(article), trim: hasCommand('qpdf') ? trimBoxes(pdf, doc) : undefined, ...(grid ? { grid } : {}) })
  expect(r.fontFaults, '字体子集嵌入、带 ToUnicode、没有 Type 3').toEqual([])
  expect(r.lineStartFaults, '行首禁则').toEqual([])
  expect(r.lineEndFaults, '行尾禁则').toEqual([])
  expect(r.loneLastLines, '段末孤字').toEqual([])
  expect(r.justification.ragged, '两端对齐').toEqual([])
  expect(r.justification.running).toBeGreaterThan(5)
  expect(r.outsideTrim, '字都在裁切框内').toEqual([])
  expect(r.text?.missing, '复制出的文字与原文一致、顺序相同').toBeUndefined()
  expect(unexpectedText(r.text?.extra ?? [], article), '原文之外只有版式加上的字段、页码和标题序号').toEqual([])
  // Every Han character in its cell; a full line of Han characters and marks holds one per cell.
  if (grid) expect([...r.grid!.rowFaults, ...r.grid!.cellFaults, ...r.grid!.countFaults], '公文网格：行在网格行上、每个字在字格里').toEqual([])
  // A kinsoku push-out on a grid leaves the line's last cell empty rather than letterspacing it: rare.
  expect(r.justification.shortByCells.length, `差整格的行：${r.justification.shortByCells.join('；')}`).toBeLessThanOrEqual(r.justification.running / 20)
  if (hasPdfcheck) {
    // pdfcheck reads lines through pdftotext, which joins neighbouring columns across a gutter narrower
    // than 1.2 em (the newspaper's 4 mm): its text order and justification hold for one column only.
    const second = pdfcheck(pdf, ...(columns === 1 ? ['--text', text] : []), ...(grid ? ['--grid', `${grid.rows}x${grid.cols}`] : []))
    expect(second.fonts).toMatchObject({ all_embedded: true, all_subset: true, all_unicode: true, type3: 0 })
    expect(second.line_start_samples, 'pdfcheck：行首禁则').toEqual([])
    expect(second.line_end_samples, 'pdfcheck：行尾禁则').toEqual([])
    expect(second.lone_last_lines, 'pdfcheck：段末孤字').toBe(0)
    if (columns === 1) expect(second.text?.recovered_ratio, 'pdfcheck：文字完整').toBe(1)
    // pdfcheck reads a centred two-line section heading as a paragraph whose first line falls short of
    // the second; every other line it calls ragged would be a justification fault.
    const headings = sectionHeadingLines(article)
    // On a grid, marks hang past the measure instead of squeezing the line, and pdfcheck takes the measure
    // from the lines' right edges (the 90th percentile), which the hanging marks push out.
    if (columns === 1 && !grid) expect(second.ragged_samples.filter((s) => !headings.some((h) => s.includes(`: ${h}…`))), 'pdfcheck：两端对齐').toEqual([])
    if (grid) expect(second.grid!.pages_with_expected_lines, `pdfcheck：每页行数 ${second.grid!.body_lines_per_page.join(' ')}`).toBe(second.grid!.full_pages)
  }
  // A grid keeps line-end marks in whole cells and two adjacent marks in one: glyphcheck measures the ½-em and 1½-em rules.
  if (hasGlyphcheck && !grid) {
    const g = glyphcheck(pdf)
    expect(g.line_end_half, `行末标点半个字：${g.samples.join('；')}`).toBe(g.line_end_marks)
    expect(g.pairs_ok, `相邻标点一个半字：${g.samples.join('；')}`).toBe(g.pairs)
  }
  return r
}

describe('印刷 PDF', () => {
  it('字体子集嵌入并带 ToUnicode，文档信息写全（poppler）', async ({ skip }) => {
    skip(!hasPoppler, 'poppler-utils (pdffonts, pdfinfo, pdftotext) not installed')
    const { pdf } = await exported('example', exampleArticle())
    const fonts = pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true, subset: true, unicode: true })
    const info = pdfInfo(pdf)
    expect(info).toMatchObject({ Title: '办好民生实事　绘就幸福底色', Author: '林晓川', Keywords: '民生实事；社区服务；养老', 'Page size': '595.276 x 841.89 pts (A4)' })
    expect(info.Subject).toContain('急难愁盼')
    expect(info.Creator).toMatch(/^Banxin 版心 /)
    const text = output('pdftotext', '-layout', pdf, '-').replace(/\s+/g, '')
    expect(text).toContain('今年以来，河川市坚持以人民为中心的发展思想')
  })

  it('A4：示例文章无避头尾错误、全部排满、文字完整', async () => {
    const article = exampleArticle()
    const { pdf, text } = await exported('example-check', article)
    await expectPrintReady(pdf, text, article)
  })

  it('A4：标点密集的稿件', async () => {
    const article = punctuationArticle()
    const { pdf, text } = await exported('punctuation', article)
    await expectPrintReady(pdf, text, article)
  })

  it('公文：每个整页 22 行，行在网格上，正文排满、文字完整', async () => {
    const article = gongwenArticle()
    const { pdf, text } = await exported('gongwen', article, { preset: 'gongwen' })
    const { grid } = await expectPrintReady(pdf, text, article, { grid: GONGWEN_GRID })
    expect(grid!.fullPages).toBeGreaterThanOrEqual(3)
    expect(grid!.linesPerPage.slice(1, -1)).toEqual(Array(grid!.fullPages).fill(22))
  })

  it('公文：层次标题的编号（「1.1」「2」「1.」）与正文首行缩进对齐，在字格上', async () => {
    // Half-width numbers were centred in their cells like a run mid-line: 「1.1」 and 「2」 began a quarter
    // cell (~4 pt) right of where the body's 2-character indent starts.
    const body = (n: number) => paragraph(`${'柳溪县各乡镇要按照预案要求落实森林防火责任，'.repeat(n)}确保不发生重大火灾。`)
    const draft = article({ title: '柳溪县森林火灾应急预案' }, [
      body(4),
      heading(1, '组织体系', false, '2'),
      heading(2, '指挥机构', false, '2.1'),
      body(4),
      heading(3, '加强巡查', false, '1.'),
      body(3),
      heading(2, '工作机构', false, '2.12'),
      body(4),
    ])
    const { pdf, text } = await exported('gongwen-numbers', draft, { preset: 'gongwen' })
    await expectPrintReady(pdf, text, draft, { grid: GONGWEN_GRID })
    const lines = pdfLines(await readPdf(pdf))
    const indent = lines.find((l) => l.text.startsWith('柳溪县各乡镇'))!.left
    for (const number of ['2组织', '2.1指挥', '1.加强', '2.12工作'])
      expect(lines.find((l) => l.text.replace(/\s/gu, '').startsWith(number))!.left, number).toBeCloseTo(indent, 1)
  })

  it('用户的门户稿件导入后按 A4 导出', async ({ skip }) => {
    skip(!hasUserSample(), `no user sample at ${USER_SAMPLE} (../shared/fixtures)`)
    const { bundle } = await importFile(USER_SAMPLE)
    const { article } = normalizeArticle(bundle.article)
    const { pdf, text } = await exported('sample', article)
    await expectPrintReady(pdf, text, article)
  })

  it('书签：标题下是各个小标题', async ({ skip }) => {
    skip(!hasCommand('qpdf'), 'qpdf not installed')
    const { pdf } = await exported('outline', exampleArticle())
    const json = JSON.parse(output('qpdf', '--json', '--json-key=outlines', pdf)) as { outlines: { title: string; kids: { title: string; destpageposfrom1: number }[] }[] }
    expect(json.outlines.map((o) => o.title)).toEqual(['办好民生实事　绘就幸福底色'])
    expect(json.outlines[0]!.kids.map((k) => k.title)).toEqual(['织密服务网络　为社区养老添温度', '做实便民服务　为群众办事提速度', '推进旧改提质　为宜居家园增亮度'])
  })

  it('四开报纸：四栏都排满、避头尾、文字完整，字都在裁切框内', async ({ skip }) => {
    skip(!hasCommand('qpdf'), 'qpdf not installed (it reads the TrimBox)')
    const article = punctuationArticle()
    const { pdf, text } = await exported('newspaper-check', article, { preset: 'newspaper' })
    await expectPrintReady(pdf, text, article, { columns: 4 })
  })

  it('出血与裁切线：TrimBox、BleedBox 写进每一页（poppler）', async ({ skip }) => {
    skip(!hasPoppler, 'poppler-utils (pdfinfo) not installed')
    const { pdf } = await exported('newspaper', punctuationArticle(), { preset: 'newspaper' })
    const info = pdfInfo(pdf, '-box')
    const box = (name: string) => info[name]!.split(/\s+/).map(Number)
    const MM = 72 / 25.4
    const [x0, y0, x1, y1] = box('TrimBox')
    expect(x1! - x0!).toBeCloseTo(273 * MM, 1)
    expect(y1! - y0!).toBeCloseTo(390 * MM, 1)
    const [bx0, , bx1] = box('BleedBox')
    expect(bx1! - bx0!).toBeCloseTo((273 + 6) * MM, 1)
    expect(box('MediaBox')[2]!).toBeGreaterThan(bx1!)
  })
  it('印刷色：报纸版式的文字和灰色只用黑版，裁切线套版色；A4 和公文的黑字是灰度（只有黑版），不是 RGB 黑', async ({ skip }) => {
    skip(!hasCommand('qpdf'), 'qpdf not installed')
    /** The colour operators of every page: colour spaces set and colours given. */
    const colours = async (preset: string) => {
      const { pdf } = await exported(`ink-${preset}`, exampleArticle(), { preset })
      const plain = join(dir, `ink-${preset}.qdf.pdf`)
      output('qpdf', '--qdf', '--object-streams=disable', pdf, plain)
      return (await readFile(plain, 'latin1')).match(/^(?:\/\w+ (?:cs|CS)|[\d. ]+ (?:scn|SCN|sc|SC|g|G|k|K|rg|RG))$/gmu) ?? []
    }
    const cmyk = await colours('newspaper')
    expect(cmyk.filter((o) => !/ [kK]$/u.test(o)), 'process colours only in the newspaper PDF').toEqual([])
    expect(cmyk, 'black text on the black plate alone').toContain('0 0 0 1 k')
    expect(cmyk, 'the grey meta line (#444444), black ink only').toContain('0 0 0 0.733 k')
    expect(cmyk, 'crop marks in registration colour').toContain('1 1 1 1 K')
    for (const preset of ['a4', 'gongwen']) {
      const office = await colours(preset)
      expect(office.filter((o) => / (?:rg|RG|k|K|scn|SCN|sc|SC|cs|CS)$/u.test(o)), `${preset}: no RGB or CMYK colour for black and grey`).toEqual([])
      expect(office, `${preset}: black text in DeviceGray`).toContain('0 g')
    }
  })
})

describe('导出过程', () => {
  const bundle = (): ArticleBundle => ({ article: gongwenArticle(), assetData: {} })

  it('报告排版和逐页输出的进度', async () => {
    const progress: ExportProgress[] = []
    const result = await exportPdf(bundle(), { preset: 'gongwen' }, { onProgress: (p) => progress.push(p) })
    expect(new TextDecoder().decode(result.bytes.subarray(0, 5))).toBe('%PDF-')
    expect(progress[0]).toEqual({ phase: 'typeset', done: 0, total: 1 })
    expect(progress.at(-1)).toEqual({ phase: 'draw', done: result.pages, total: result.pages })
  })

  it('取消导出：不留下半个文件，原有文件不动', async () => {
    const path = join(dir, 'cancel', '公文.pdf')
    await mkdir(join(dir, 'cancel'))
    await writeFile(path, 'old')
    const abort = new AbortController()
    const run = exportPdfToFile(bundle(), path, { preset: 'gongwen' }, { signal: abort.signal, onProgress: (p) => p.phase === 'draw' && abort.abort() })
    await expect(run).rejects.toThrow('导出已取消，没有写入文件。')
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await readdir(join(dir, 'cancel'))).toEqual(['公文.pdf'])
  })

  it('写不进去时说明原因', async () => {
    await expect(exportPdfToFile(bundle(), join(dir, '没有这个文件夹', 'a.pdf'))).rejects.toThrow(/无法写入「.*a\.pdf」：文件夹「.*没有这个文件夹」不存在。请换一个位置导出。/)
  })

  it('未知版式给出可用版式列表', async () => {
    await expect(exportPdf(bundle(), { preset: 'a5' })).rejects.toThrow('没有名为「a5」的版式。可用的版式：a4（A4 文章）、gongwen（公文（GB/T 9704—2012））、newspaper（四开报纸（四栏））。')
  })
})
