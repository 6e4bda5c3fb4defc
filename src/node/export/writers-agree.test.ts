import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBundle } from '../../core/model/article'
import { normalizeArticle } from '../../core/normalize'
import { gongwenArticle, hasUserSample, punctuationArticle, USER_SAMPLE } from '../../../test/fixtures/typeset/fixtures'
import { hasFitz, pdfGlyphs } from '../../../test/fixtures/typeset/pdf-glyphs'
import { importFile } from '../import/import-file'
import { exportPagePdf, exportPdf } from './pdf/export-pdf'
import { renderPagePreview, renderPrintPreview } from './preview/print-preview'
import type { PageBundle } from '../../core/page/page'
import { headline, pageBundle } from '../../../test/fixtures/pages/front-page'

/**
 * The PDF writer and the print preview draw the glyphs the layout shaped, and nothing else: read back
 * from the PDF (PyMuPDF) and from the SVG pages, every glyph has the same outline at the same place.
 */

interface DrawnGlyph {
  page: number
  outline: string
  x: number
  y: number
}

/** Glyph origins in the SVG pages; a run turned sideways (`rotate(90 cx cy)`) has its origins turned with it. */
function svgGlyphs(pages: readonly string[]): DrawnGlyph[] {
  return pages.flatMap((svg, page) => {
    const outlines = new Map([...svg.matchAll(/<path id="([^"]+)" d="([^"]*)"\/>/g)].map((m) => [m[1]!, m[2]!]))
    return [...svg.matchAll(/<g [^>]*?(?:transform="rotate\(90 ([-\d.]+) ([-\d.]+)\)")?>(.*?)<\/g>/g)].flatMap((group) => {
      const [cx, cy] = [Number(group[1] ?? 0), Number(group[2] ?? 0)]
      const turned = group[1] !== undefined
      return [...group[3]!.matchAll(/<use href="#([^"]+)" transform="translate\(([-\d.]+) ([-\d.]+)\)/g)].map((m) => {
        const [x, y] = [Number(m[2]), Number(m[3])]
        return { page, outline: outlines.get(m[1]!)!, x: turned ? cx - (y - cy) : x, y: turned ? cy + (x - cx) : y }
      })
    })
  })
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-writers-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function expectSameGlyphs(bundle: ArticleBundle | PageBundle, preset: string): Promise<void> {
  const pdf = join(dir, `${preset}.pdf`)
  const page = 'page' in bundle
  await writeFile(pdf, (page ? await exportPagePdf(bundle) : await exportPdf(bundle, { preset })).bytes)
  const fromPdf = pdfGlyphs(pdf)
  const fromSvg = svgGlyphs(page ? renderPagePreview(bundle).pages : renderPrintPreview(bundle, { preset }).pages)
  expect(fromPdf.length).toBeGreaterThan(500)
  expect(fromSvg.length, 'PDF 与印刷预览的字形数').toBe(fromPdf.length)
  fromSvg.forEach((s, i) => {
    const p = fromPdf[i]!
    const where = `第 ${p.page + 1} 页第 ${i + 1} 个字形（${p.font}）`
    expect(s.page, where).toBe(p.page)
    expect(s.outline === p.outline, `${where}：同一个字形`).toBe(true)
    expect(Math.abs(s.x - p.x), `${where}：x ${s.x} / ${p.x}`).toBeLessThanOrEqual(0.01)
    expect(Math.abs(s.y - p.y), `${where}：y ${s.y} / ${p.y}`).toBeLessThanOrEqual(0.01)
  })
}

describe('PDF 与印刷预览画出同样的字形', () => {
  beforeEach(({ skip }) => skip(!hasFitz, 'python3-fitz (PyMuPDF) not installed: it reads the glyphs back from the PDF'))

  it('用户的门户稿件，A4', async ({ skip }) => {
    skip(!hasUserSample(), `no user sample at ${USER_SAMPLE} (../shared/fixtures)`)
    const { bundle } = await importFile(USER_SAMPLE)
    await expectSameGlyphs({ ...bundle, article: normalizeArticle(bundle.article).article }, 'a4')
  })

  it('标点密集的稿件，四开报纸（出血、压缩的标点、西文、——）', async () => {
    await expectSameGlyphs({ article: punctuationArticle(), assetData: {} }, 'newspaper')
  })

  it('公文', async () => {
    await expectSameGlyphs({ article: gongwenArticle(), assetData: {} }, 'gongwen')
  })

  it('报纸版面：报头、竖题（直排的汉字与标点、纵中横的数字、横倒的西文）、加框短稿与转版', async () => {
    const bundle = pageBundle([
      [
        ['lead', 0, 4, 0, 40, { headline: headline(4, 1) }],
        ['vertical', 4, 2, 0, 40, { headline: headline(1, 3, 'vertical') }],
        ['brief', 0, 2, 40, 21, { box: 'flower' }],
        ['transit', 2, 4, 40, 12],
      ],
      [['transit', 0, 2, 0, 30, { headline: headline(2, 4) }]],
    ])
    bundle.page.articles.vertical!.meta.title = '“银杏”树下：12位读者与COVID之后的书声'
    await expectSameGlyphs(bundle, 'sikai')
  })
})
