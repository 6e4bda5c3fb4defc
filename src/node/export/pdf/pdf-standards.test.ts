import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Color } from 'sharp'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleBundle } from '../../../core/model/article'
import { image } from '../../../core/model/build'
import { findPreset } from '../../../core/typeset/builtin-presets'
import { resolvePreset } from '../../../core/typeset/preset'
import { punctuationArticle, punctuationWithPhoto } from '../../../../test/fixtures/typeset/fixtures'
import { hasPikepdf, inside, pdfFacts } from '../../../../test/fixtures/typeset/pdf-facts'
import { hasCommand, output } from '../../../../test/fixtures/typeset/pdf-tools'
import type { PdfExportOptions } from './export-pdf'
import { exportPagePdf, exportPdfToFile } from './export-pdf'
import { layoutBundle } from '../../layout/layout-bundle'
import { headline, pageBundle } from '../../../../test/fixtures/pages/front-page'

/**
 * PDF/X-4 for the printer and PDF/A-2b for the archive, read back from outside (pikepdf, PyMuPDF, qpdf):
 * what a print shop's preflight and an archive's validator look at first. veraPDF is on neither Debian
 * nor npm, so the items it would check are checked here one by one.
 */

const CREATED = new Date('2026-03-16T09:30:00+08:00')
const MM = 72 / 25.4
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-pdfx-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function exported(name: string, options: PdfExportOptions): Promise<string> {
  const path = join(dir, `${name}.pdf`)
  await exportPdfToFile(punctuationWithPhoto(), path, { creationDate: CREATED, ...options })
  if (hasCommand('qpdf')) expect(output('qpdf', '--check', path), 'qpdf --check').toContain('No syntax or stream encoding errors')
  return path
}

describe.skipIf(!hasPikepdf)('PDF/X-4：报纸版式（印刷色的版式都是）', () => {
  it('输出意图带 CMYK 特性文件，GTS_PDFXVersion、Trapped、日期和文档 ID 齐全，每页有 TrimBox 且在 BleedBox 内', async () => {
    const f = pdfFacts(await exported('newspaper', { preset: 'newspaper' }))
    expect(f.version).toBe('1.6')
    expect(f.encrypted).toBe(false)
    expect(f.outputIntents).toEqual([expect.objectContaining({ s: 'GTS_PDFX', identifier: 'CGATS TR 002', components: 4, profileSpace: 'CMYK', profileClass: 'prtr' })])
    expect(f.info).toMatchObject({ GTS_PDFXVersion: 'PDF/X-4', Trapped: '/False', Title: punctuationArticle().meta.title })
    expect(f.info.CreationDate).toBe(f.info.ModDate)
    expect(f.xmp).toMatchObject({ GTS_PDFXVersion: 'PDF/X-4', Trapped: 'False', VersionID: '1', RenditionClass: 'default', CreateDate: '2026-03-16T01:30:00Z', ModifyDate: '2026-03-16T01:30:00Z' })
    expect(f.xmp.DocumentID).toMatch(/^uuid:/)
    expect(f.pages.length).toBeGreaterThan(0)
    for (const [i, p] of f.pages.entries()) {
      expect(p.trim, `第 ${i + 1} 页 TrimBox`).toBeDefined()
      expect(inside(p.trim!, p.bleed!), `第 ${i + 1} 页 TrimBox 在 BleedBox 内`).toBe(true)
      expect(inside(p.bleed!, p.media), `第 ${i + 1} 页 BleedBox 在 MediaBox 内`).toBe(true)
    }
    expect(f.transparency, '没有透明').toEqual([])
  })

  it('内容流里没有 RGB：文字、线条只用黑版（K），图片经特性文件转成 CMYK，没有软蒙版', async () => {
    const f = pdfFacts(await exported('newspaper-ink', { preset: 'newspaper' }))
    expect(f.colourOps.filter((o) => /RGB|\b(?:rg|RG)$/u.test(o)), '没有 DeviceRGB').toEqual([])
    expect(f.colourOps.filter((o) => / (?:k|K)$/u.test(o) && !/^0 0 0 [\d.]+ [kK]$|^1 1 1 1 K$/u.test(o)), '黑和灰只用 K，裁切线套版色').toEqual([])
    expect(f.images).toEqual([{ colorSpace: '/DeviceCMYK', filter: '/DCTDecode', smask: false }])
  })

  it('报纸版面（四开版面文件）同样是 PDF/X-4：输出意图、每页 TrimBox', async () => {
    const bundle = pageBundle([[['lead', 0, 4, 0, 40, { headline: headline(4, 1) }]]])
    const path = join(dir, 'page.pdf')
    await writeFile(path, (await exportPagePdf(bundle, { creationDate: CREATED })).bytes)
    const f = pdfFacts(path)
    expect(f.outputIntents.map((o) => `${o.s} ${o.identifier}`)).toEqual(['GTS_PDFX CGATS TR 002'])
    expect(f.info.GTS_PDFXVersion).toBe('PDF/X-4')
    expect(f.pages.every((p) => p.trim && inside(p.trim, p.bleed!))).toBe(true)
    expect(f.colourOps.filter((o) => /RGB|\b(?:rg|RG)$/u.test(o))).toEqual([])
  })

  it('没有一个字形出了它的栏或裁切框', async () => {
    const f = pdfFacts(await exported('newspaper-glyphs', { preset: 'newspaper' }))
    const preset = resolvePreset(findPreset('newspaper'))
    const { area, columns } = preset
    const frames = Array.from({ length: columns.count }, (_, c) => ({ left: area.left + c * (columns.width + columns.gap), right: area.left + c * (columns.width + columns.gap) + columns.width }))
    const trim = { left: 0, top: 0, right: preset.pageWidth, bottom: preset.pageHeight }
    const EPS = 0.05
    const out = f.glyphs.filter((g) => g.left < trim.left - EPS || g.right > trim.right + EPS || g.top < trim.top - EPS || g.bottom > trim.bottom + EPS)
    expect(out.map((g) => `${g.page + 1}「${g.text}」`), '裁切框外的字').toEqual([])
    // Body text (between the title block and the folio) stays in a column; the title block spans them.
    const body = f.glyphs.filter((g) => g.top > area.top + 40 * MM && g.bottom < area.top + area.height)
    expect(body.length).toBeGreaterThan(100)
    // An opening mark that starts a continuation line gives up its blank left half (clreq §3.1.6; on in
    // this preset): its em box reaches ½ em into the gap, its ink starts at the column's edge.
    const trimmedOpening = (g: (typeof body)[number], c: { left: number }) => /[‘“《（「『〔【]/u.test(g.text) && g.left >= c.left - (g.bottom - g.top) / 2 - EPS
    const outsideColumns = body.filter((g) => !frames.some((c) => (g.left >= c.left - EPS || trimmedOpening(g, c)) && g.right <= c.right + EPS))
    expect(outsideColumns.map((g) => `${g.page + 1}「${g.text}」${g.left.toFixed(1)}–${g.right.toFixed(1)}`), '栏外的字').toEqual([])
  })
})

describe.skipIf(!hasPikepdf)('印刷色稿件里的图片', () => {
  /** The punctuation fixture with these PNGs after its second paragraph. */
  const withImages = (images: Record<string, Uint8Array>): ArticleBundle => {
    const article = punctuationArticle()
    article.blocks.splice(2, 0, ...Object.keys(images).map((id) => image(id, `图片${id}`)))
    for (const id of Object.keys(images)) article.assets[id] = { mime: 'image/png', name: `${id}.png` }
    return { article, assetData: images }
  }
  const png = (channels: 3 | 4, background: Color, grey = false) => {
    const made = sharp({ create: { width: 400, height: 300, channels, background } })
    return (grey ? made.toColourspace('b-w') : made).png().toBuffer().then((b) => new Uint8Array(b))
  }

  it('灰度图只上黑版，带透明的 PNG 铺在白纸上转成 CMYK，不留软蒙版', async () => {
    const bundle = withImages({ grey: await png(3, '#808080', true), alpha: await png(4, { r: 200, g: 40, b: 40, alpha: 0.5 }) })
    const path = join(dir, 'images.pdf')
    await exportPdfToFile(bundle, path, { preset: 'newspaper', creationDate: CREATED })
    const f = pdfFacts(path)
    expect(f.images.map((i) => i.colorSpace).sort()).toEqual(['/DeviceCMYK', '/DeviceGray'])
    expect(f.images.filter((i) => i.smask)).toEqual([])
    expect(f.transparency).toEqual([])
  })

  it('转不成 CMYK 的图片（数据损坏）：导出停下，说出是哪张图片和原因，不写文件', async () => {
    const damaged = await png(3, '#336699')
    const at = damaged.length - 20
    damaged[at] = damaged[at]! ^ 0xff
    const path = join(dir, 'damaged.pdf')
    const exporting = exportPdfToFile(withImages({ broken: damaged }), path, { preset: 'newspaper', creationDate: CREATED })
    await expect(exporting).rejects.toMatchObject({ code: 'export.image-separation', message: expect.stringMatching(/^图片「图片broken」无法转换为印刷色（CMYK）：.+。请换一张/) })
    expect(existsSync(path)).toBe(false)
  })
})

describe('分色：黑字只在黑版上', () => {
  /** Ghostscript's ink coverage of each page inside its TrimBox (crop marks are registration colour): C M Y K. */
  const coverage = (pdf: string) =>
    output('gs', '-q', '-o', '-', '-sDEVICE=inkcov', '-dUseTrimBox', pdf)
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).slice(0, 4).map(Number))

  it.for(['newspaper', 'a4', 'gongwen'])('%s：没有图片的稿件，青、品、黄版上一点墨都没有', async (preset, { skip }) => {
    skip(!hasCommand('gs'), 'Ghostscript (apt ghostscript) not installed')
    const path = join(dir, `plates-${preset}.pdf`)
    await exportPdfToFile({ article: punctuationArticle(), assetData: {} }, path, { preset, creationDate: CREATED })
    const pages = coverage(path)
    expect(pages.length).toBeGreaterThan(0)
    for (const [i, [c, m, y, k]] of pages.entries()) {
      expect([c, m, y], `第 ${i + 1} 页青、品、黄`).toEqual([0, 0, 0])
      expect(k, `第 ${i + 1} 页黑版有字`).toBeGreaterThan(0)
    }
  })
})

describe.skipIf(!hasPikepdf)('PDF/A-2b 与标签', () => {
  it('A4 + PDF/A-2b：XMP 标识、sRGB 输出意图、结构树和 MarkInfo、Lang、字体全部嵌入、不加密', async () => {
    const f = pdfFacts(await exported('a4-pdfa', { pdfa: true }))
    expect(f.xmp).toMatchObject({ part: '2', conformance: 'B', format: 'application/pdf', title: punctuationArticle().meta.title })
    expect(f.outputIntents).toEqual([expect.objectContaining({ s: 'GTS_PDFA1', identifier: 'sRGB IEC61966-2.1', components: 3, profileSpace: 'RGB' })])
    expect(f.marked).toBe(true)
    expect(f.lang).toBe('zh-CN')
    expect(f.encrypted).toBe(false)
    expect(f.fonts.length).toBeGreaterThan(0)
    expect(f.fonts.filter((x) => !x.embedded)).toEqual([])
    // PDF/A-2 §6.2.4.3: an sRGB intent allows DeviceRGB and DeviceGray, never DeviceCMYK.
    expect(f.colourOps.filter((o) => / (?:k|K)$|CMYK/u.test(o))).toEqual([])
    // Info and XMP say the same (§6.6.2.3.1).
    expect(f.xmp.CreateDate).toBe('2026-03-16T01:30:00Z')
    expect(f.info.CreationDate).toMatch(/^D:20260316013000/)
    expect(f.xmp.Producer).toBe(f.info.Producer)
    expect(f.xmp.CreatorTool).toBe(f.info.Creator)
  })

  it('报纸 + PDF/A-2b：PDF/X 和 PDF/A 两个输出意图共用一个 CMYK 特性文件', async () => {
    const f = pdfFacts(await exported('newspaper-pdfa', { preset: 'newspaper', pdfa: true }))
    expect(f.outputIntents.map((o) => `${o.s} ${o.identifier}`)).toEqual(['GTS_PDFX CGATS TR 002', 'GTS_PDFA1 CGATS TR 002'])
    expect(f.xmp).toMatchObject({ part: '2', conformance: 'B', GTS_PDFXVersion: 'PDF/X-4' })
  })

  it('默认带标签：H1 标题、H2 小标题、P 段落、Figure 带替代文字、Caption；同一稿件文档 ID 不变', async () => {
    const first = pdfFacts(await exported('tagged', {}))
    const types = first.structure.map((e) => e.type)
    expect(types[0]).toBe('Document')
    expect(types.filter((t) => t === 'H1')).toHaveLength(1)
    expect(types).toContain('P')
    expect(first.structure).toContainEqual({ type: 'Figure', depth: 1, alt: '茶山上一层层的梯田' })
    expect(types[types.indexOf('Figure') + 1]).toBe('Caption')
    const again = pdfFacts(await exported('tagged-again', { creationDate: new Date('2026-04-01T08:00:00+08:00') }))
    expect(again.id[0]).toBe(first.id[0])
    expect(again.xmp.DocumentID).toBe(first.xmp.DocumentID)
    expect(again.xmp.InstanceID).not.toBe(first.xmp.InstanceID)
    const untagged = pdfFacts(await exported('untagged', { tagged: false }))
    expect(untagged.structure).toEqual([])
  })
})

describe.skipIf(!hasCommand('qpdf'))('标签的标记内容', () => {
  it('一段落在一页上的几行是一个标记内容序列（一个 MCID），不是每行一个', async () => {
    const path = await exported('mcid', { preset: 'newspaper' })
    const content = output('qpdf', '--qdf', '--object-streams=disable', path, '-')
    const sequences = content.match(/\/MCID \d+\s*>>\s*BDC/gu) ?? []
    const { layout } = layoutBundle(punctuationWithPhoto(), { preset: 'newspaper' })
    const lines = layout.pages.flatMap((p) => p.lines.filter((l) => l.structure))
    const elements = new Set(layout.pages.flatMap((p, i) => p.lines.flatMap((l) => (l.structure ? [`${i}:${l.structure.element}:${l.structure.type}`] : []))))
    const images = layout.pages.flatMap((p) => p.items.filter((it) => it.kind === 'image'))
    expect(lines.length).toBeGreaterThan(elements.size)
    expect(sequences).toHaveLength(elements.size + images.length)
  })
})
