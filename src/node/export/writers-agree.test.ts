import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBundle } from '../../core/model/article'
import { normalizeArticle } from '../../core/normalize'
import { gongwenArticle, hasUserSample, punctuationArticle, USER_SAMPLE } from '../../../test/fixtures/typeset/fixtures'
import { hasFitz, pdfGlyphs } from '../../../test/fixtures/typeset/pdf-glyphs'
import { importFile } from '../import/import-file'
import { exportPdf } from './pdf/export-pdf'
import { renderPrintPreview } from './preview/print-preview'

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

function svgGlyphs(pages: readonly string[]): DrawnGlyph[] {
  return pages.flatMap((svg, page) => {
    const outlines = new Map([...svg.matchAll(/<path id="([^"]+)" d="([^"]*)"\/>/g)].map((m) => [m[1]!, m[2]!]))
    return [...svg.matchAll(/<use href="#([^"]+)" transform="translate\(([-\d.]+) ([-\d.]+)\)/g)].map((m) => ({ page, outline: outlines.get(m[1]!)!, x: Number(m[2]), y: Number(m[3]) }))
  })
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-writers-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function expectSameGlyphs(bundle: ArticleBundle, preset: string): Promise<void> {
  const pdf = join(dir, `${preset}.pdf`)
  await writeFile(pdf, (await exportPdf(bundle, { preset })).bytes)
  const fromPdf = pdfGlyphs(pdf)
  const fromSvg = svgGlyphs(renderPrintPreview(bundle, { preset }).pages)
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
})

if (!hasFitz) console.log('skipped: PDF 与印刷预览字形比对需要 python3-fitz (PyMuPDF)')
if (!hasUserSample()) console.log(`skipped: 用户稿件 ${USER_SAMPLE} 不在此检出中`)
