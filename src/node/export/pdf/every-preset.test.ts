import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleBundle } from '../../../core/model/article'
import { findPreset } from '../../../core/typeset/builtin-presets'
import { gongwenArticle, punctuationWithPhoto } from '../../../../test/fixtures/typeset/fixtures'
import type { PdfFacts } from '../../../../test/fixtures/typeset/pdf-facts'
import { hasPikepdf, inside, pdfFacts } from '../../../../test/fixtures/typeset/pdf-facts'
import { hasCommand, output } from '../../../../test/fixtures/typeset/pdf-tools'
import { headline, pageBundle } from '../../../../test/fixtures/pages/front-page'
import type { PdfExportOptions } from './export-pdf'
import { exportPagePdf, exportPdf } from './export-pdf'

/**
 * Every preset's PDF read back from outside (qpdf, pikepdf): the built-in article presets, a user's
 * copy of A4 set to CMYK on coated paper, and both newspaper page formats, each plain and with
 * PDF/A-2b. What a print shop's preflight and an archive's validator (veraPDF is on neither Debian nor
 * npm) would look at first: the file's syntax, fonts embedded as subsets, the structure tree, Info and
 * XMP saying the same, dates and a document ID; for a process-colour job its output intent, boxes and
 * the absence of RGB.
 */

const CREATED = new Date('2026-03-16T09:30:00+08:00')
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-presets-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

interface Case {
  name: string
  pdfx: boolean
  /** Stories, each with one H1 (its title or headline). */
  stories: number
  /** The PDF's bytes for these options. */
  bytes: (options: { pdfa: boolean }) => Promise<Uint8Array>
}

const withKeywords = (bundle: ArticleBundle): ArticleBundle => ({ ...bundle, article: { ...bundle.article, meta: { ...bundle.article.meta, keywords: ['老城更新', '街巷'] } } })

const articleCase = (name: string, preset: PdfExportOptions['preset'], bundle: () => ArticleBundle, pdfx: boolean): Case => ({
  name,
  pdfx,
  stories: 1,
  bytes: async ({ pdfa }) => (await exportPdf(bundle(), { preset, pdfa, creationDate: CREATED })).bytes,
})

const pageCase = (preset: string): Case => ({
  name: `${preset}（版面文件）`,
  pdfx: true,
  stories: 2,
  bytes: async () =>
    (await exportPagePdf(pageBundle([[['lead', 0, 4, 0, 40, { headline: headline(4, 1) }], ['brief', 4, 2, 0, 30]]], preset), { creationDate: CREATED })).bytes,
})

const CASES: Case[] = [
  articleCase('a4', 'a4', () => withKeywords(punctuationWithPhoto()), false),
  articleCase('gongwen', 'gongwen', () => ({ article: gongwenArticle(), assetData: {} }), false),
  articleCase('newspaper', 'newspaper', punctuationWithPhoto, true),
  articleCase('a4 印刷色（用户版式，FOGRA39）', { ...findPreset('a4'), id: 'a4-cmyk', colorSpace: 'cmyk', printCondition: 'FOGRA39' }, punctuationWithPhoto, true),
  pageCase('sikai'),
  pageCase('duikai'),
]

/** Info's date (D:YYYYMMDDHHmmSSZ) as XMP writes it. */
const isoDate = (d: string) => d.replace(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')

/** Each Info entry and its XMP twin (PDF/A-2 §6.6.2.3.1, PDF/X-4 §6.7): the pairs that differ, or that only one side has. */
function infoXmpMismatches({ info, xmp }: PdfFacts): string[] {
  const pairs: [string, string | undefined, string | undefined][] = [
    ['Title', info.Title, xmp.title],
    ['Author', info.Author, xmp.creator],
    ['Subject', info.Subject, xmp.description],
    ['Keywords', info.Keywords, xmp.Keywords],
    ['Creator', info.Creator, xmp.CreatorTool],
    ['Producer', info.Producer, xmp.Producer],
    ['CreationDate', info.CreationDate && isoDate(info.CreationDate), xmp.CreateDate],
    ['ModDate', info.ModDate && isoDate(info.ModDate), xmp.ModifyDate],
    ['Trapped', info.Trapped?.replace(/^\//, ''), xmp.Trapped],
    ['GTS_PDFXVersion', info.GTS_PDFXVersion, xmp.GTS_PDFXVersion],
  ]
  return pairs.filter(([, a, b]) => a !== b).map(([key, a, b]) => `${key}: Info ${a ?? '—'} / XMP ${b ?? '—'}`)
}

const RGB = /RGB|\b(?:rg|RG)$/u

describe.skipIf(!hasPikepdf)('每个版式导出的 PDF（qpdf、pikepdf 读回）', () => {
  for (const c of CASES)
    for (const pdfa of c.name.includes('版面文件') ? [false] : [false, true])
      it(`${c.name}${pdfa ? ' + PDF/A-2b' : ''}`, async () => {
        const path = join(dir, `${CASES.indexOf(c)}${pdfa ? '-pdfa' : ''}.pdf`)
        await writeFile(path, await c.bytes({ pdfa }))
        if (hasCommand('qpdf')) expect(output('qpdf', '--check', path), 'qpdf --check').toContain('No syntax or stream encoding errors')
        const f = pdfFacts(path)
        expect(f.encrypted).toBe(false)
        expect(f.version).toBe(c.pdfx ? '1.6' : '1.7')

        expect(f.fonts.length).toBeGreaterThan(0)
        expect(f.fonts.filter((x) => !x.embedded), '未嵌入的字体').toEqual([])
        expect(f.fonts.filter((x) => !/^\/[A-Z]{6}\+/.test(x.name) || x.name.startsWith('/BZZZZZ+')), '不是子集名的字体').toEqual([])

        expect(f.marked, 'MarkInfo').toBe(true)
        expect(f.lang).toBe('zh-CN')
        expect(f.structure[0]?.type, 'StructTreeRoot').toBe('Document')
        expect(f.structure.filter((e) => e.type === 'P').length).toBeGreaterThan(0)
        expect(f.structure.filter((e) => e.type === 'H1'), 'one H1 per story').toHaveLength(c.stories)

        expect(infoXmpMismatches(f)).toEqual([])
        expect(f.info.CreationDate).toBe('D:20260316013000Z')
        expect(f.info.ModDate).toBe(f.info.CreationDate)
        expect(f.id[0], 'the trailer /ID is the XMP DocumentID').toBe(f.xmp.DocumentID?.replace(/^uuid:|-/g, ''))
        expect(f.xmp.part ?? null).toBe(pdfa ? '2' : null)

        if (c.pdfx) {
          expect(f.info.GTS_PDFXVersion).toBe('PDF/X-4')
          expect(f.outputIntents[0]).toMatchObject({ s: 'GTS_PDFX', components: 4, profileSpace: 'CMYK', profileClass: 'prtr' })
          for (const [i, p] of f.pages.entries()) expect(p.trim && p.bleed && inside(p.trim, p.bleed) && inside(p.bleed, p.media), `第 ${i + 1} 页 TrimBox ⊂ BleedBox ⊂ MediaBox`).toBe(true)
          expect(f.colourOps.filter((o) => RGB.test(o)), '印刷色稿件里的 RGB').toEqual([])
          expect(f.images.filter((i) => i.colorSpace !== '/DeviceCMYK' && i.colorSpace !== '/DeviceGray'), 'RGB 图片').toEqual([])
          expect(f.transparency).toEqual([])
        } else {
          expect(f.info.GTS_PDFXVersion).toBeUndefined()
          expect(f.outputIntents.map((o) => o.identifier)).toEqual(pdfa ? ['sRGB IEC61966-2.1'] : [])
          // Black text is DeviceGray (black ink alone) even in an RGB document.
          expect(f.colourOps.filter((o) => / (?:k|K)$|CMYK/u.test(o))).toEqual([])
        }
        if (pdfa && c.pdfx) expect(f.outputIntents.map((o) => o.s)).toEqual(['GTS_PDFX', 'GTS_PDFA1'])
      })

  it('同一稿件、同一导出时间：两次导出的文件逐字节相同（照片分色也一样）', async () => {
    const newspaper = CASES.find((c) => c.name === 'newspaper')!
    const [first, second] = [await newspaper.bytes({ pdfa: true }), await newspaper.bytes({ pdfa: true })]
    expect(first.length).toBeGreaterThan(0)
    expect(Buffer.compare(first, second)).toBe(0)
  })
})
