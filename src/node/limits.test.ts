import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UserError } from '../core/errors'
import { LIMITS } from '../core/limits'
import { article, image, paragraph } from '../core/model/build'
import { importDraft } from '../core/import/import-draft'
import { sampleDocx } from '../core/import/testing/sample-docx'
import { pngClaiming } from '../../test/support/png-claims'
import { readPickedImage } from './documents/read-picked-image'
import { openDocument } from './documents/open-document'
import { importFile } from './import/import-file'
import { exportPdf } from './export/pdf/export-pdf'
import { buildHtmlPackage } from './export/package/build-package'
import { layoutPage } from './layout/layout-page'
import { frontPage } from '../../e2e/page/page-files'

/** Issue 14: an image beyond print sense is refused at every entrance, from its header alone. */

const huge = pngClaiming(100_000, 100_000)
const withHuge = {
  article: article({ title: '标题' }, [paragraph('正文。'), image('img1', '航拍')], { img1: { mime: 'image/png', name: '航拍.png', width: 400, height: 300 } }),
  assetData: { img1: huge },
}

async function codeOf(run: () => unknown): Promise<string> {
  try {
    await run()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).message).toContain('100000×100000 像素')
    return (error as UserError).code
  }
  throw new Error('expected a UserError')
}

describe('an image claiming 100000×100000 pixels', () => {
  it('is left out of a .docx import, and the report says why', async () => {
    const { bundle, report } = await importDraft(await sampleDocx(huge), 'x.docx')
    expect(Object.keys(bundle.article.assets)).toEqual([])
    expect(report.warnings.join('')).toContain('100000×100000 像素')
  })

  it('is refused by 插入图片', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'banxin-image-')), '航拍.png')
    writeFileSync(path, huge)
    expect(await codeOf(() => readPickedImage(path))).toBe('image.too-many-pixels')
  })

  it('stops the PDF export, the HTML package and the page layout of a document made elsewhere', async () => {
    expect(await codeOf(() => exportPdf(withHuge))).toBe('image.too-many-pixels')
    expect(await codeOf(() => buildHtmlPackage(withHuge))).toBe('image.too-many-pixels')
    const page = frontPage()
    page.page.articles.lead = withHuge.article
    page.assetData.lead = withHuge.assetData
    expect(await codeOf(() => layoutPage(page))).toBe('image.too-many-pixels')
  })
})

describe(`a paragraph of more than ${LIMITS.paragraphChars} characters`, () => {
  it('stops the PDF export with the paragraph named, before anything is laid out', async () => {
    const long = { article: article({ title: '标题' }, [paragraph('字'.repeat(10_000_000))]), assetData: {} }
    await expect(exportPdf(long)).rejects.toMatchObject({ code: 'layout.paragraph-too-long' })
  })
})

describe('files past their size limit are refused by size, before they are read', () => {
  /** A sparse file of `bytes` starting with `head`: nothing is written but the head. */
  const sparse = (name: string, head: Uint8Array, bytes: number) => {
    const path = join(mkdtempSync(join(tmpdir(), 'banxin-size-')), name)
    writeFileSync(path, head)
    truncateSync(path, bytes)
    return path
  }
  const zipHead = Uint8Array.from([0x50, 0x4b, 0x03, 0x04])

  it(`a .docx over ${LIMITS.packageBytes / 1024 / 1024} MB`, async () => {
    await expect(importFile(sparse('big.docx', zipHead, LIMITS.packageBytes + 1))).rejects.toMatchObject({ code: 'import.too-large' })
  })

  it(`a .banxin over ${LIMITS.pageFileBytes / 1024 / 1024} MB`, async () => {
    await expect(openDocument(sparse('big.banxin', zipHead, LIMITS.pageFileBytes + 1), importFile)).rejects.toMatchObject({ code: 'open.too-large' })
  })
})
