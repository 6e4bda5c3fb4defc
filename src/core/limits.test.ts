import { describe, expect, it } from 'vitest'
import { strToU8 } from 'fflate'
import { UserError } from './errors'
import { checkSavable, readBanxin, writeBanxin, zipBanxin } from './file/banxin-file'
import { importDraft } from './import/import-draft'
import { article, image, paragraph } from './model/build'
import { checkLayoutLimits, LIMITS } from './limits'
import { pngClaiming } from '../../test/support/png-claims'

/** Issue 14: what import admits, Save writes and Open reads agree, and each limit is refused with a sentence. */

async function errorOf(run: () => unknown): Promise<UserError> {
  try {
    await run()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).message).toMatch(/[\u4e00-\u9fff]/)
    return error as UserError
  }
  throw new Error('expected a UserError')
}

/** A text of ordinary paragraphs (200 characters each) just under the import limit. */
function textOfBytes(bytes: number): Uint8Array {
  const sentence = '记者从市政府新闻发布会上获悉，今年全市新建改建农村公路一千二百公里，'
  const para = '\u3000\u3000' + sentence.repeat(6) + '。\n\n'
  const one = strToU8(para)
  const out = new Uint8Array(Math.floor(bytes / one.length) * one.length)
  for (let at = 0; at < out.length; at += one.length) out.set(one, at)
  return out
}

describe('limits agree', () => {
  it('a 31 MB text imports, saves and opens again', { timeout: 120_000 }, async () => {
    const bytes = textOfBytes(31 * 1024 * 1024)
    expect(bytes.length).toBeLessThan(LIMITS.textBytes)
    const { bundle } = await importDraft(bytes, 'long.txt')
    const reopened = readBanxin(writeBanxin(bundle))
    expect(reopened.article.blocks.length).toBe(bundle.article.blocks.length)
  })

  it('import refuses an article whose .banxin the reader would refuse, saying so', async () => {
    const bundle = { article: article({ title: '长文' }, [paragraph('字'.repeat(2000))]), assetData: {} }
    const error = await errorOf(() => checkSavable(bundle, 1000))
    expect(error.code).toBe('import.too-large')
    expect(error.message).toContain('保存后将无法再打开')
    expect(() => checkSavable(bundle, 100_000)).not.toThrow()
    // Near the limit the size is measured, not estimated: an article of exactly the limit imports.
    const exact = strToU8(JSON.stringify(bundle.article, null, 1)).length
    expect(() => checkSavable(bundle, exact)).not.toThrow()
    expect(() => checkSavable(bundle, exact - 1)).toThrow(UserError)
  })

  it('save refuses past the reader limit, so nothing saved is unreadable', async () => {
    const error = await errorOf(() => zipBanxin('article.json', { text: '字'.repeat(2000) }, {}, 1000))
    expect(error.code).toBe('banxin.too-large')
    expect(error.message).toContain('原文件未改动')
  })

  it(`a draft of more than ${LIMITS.blocks} lines or paragraphs is refused at once, as text or HTML`, async () => {
    const lines = await errorOf(() => importDraft(strToU8('字\n'.repeat(LIMITS.blocks + 1)), 'lines.txt'))
    expect(lines.code).toBe('import.too-many-blocks')
    const html = await errorOf(() => importDraft(strToU8('<p>字</p>'.repeat(LIMITS.blocks + 1)), 'p.html'))
    expect(html.code).toBe('import.too-many-blocks')
  })

  it(`a draft of ${LIMITS.blocks} lines still imports`, { timeout: 60_000 }, async () => {
    const { bundle } = await importDraft(strToU8('一段话。\n\n'.repeat(LIMITS.blocks)), 'lines.txt')
    expect(bundle.article.blocks.length).toBeGreaterThan(LIMITS.blocks - 10)
  })
})

describe('huge images', () => {
  const huge = pngClaiming(100_000, 100_000)
  const dataUri = `data:image/png;base64,${btoa(String.fromCharCode(...huge))}`

  it('an HTML draft image claiming 100000×100000 pixels is left out, and the report says why', async () => {
    const { bundle, report } = await importDraft(strToU8(`<h1>标题</h1><p>正文。</p><img src="${dataUri}" alt="航拍"><p>又一段。</p>`), 'x.html')
    expect(Object.keys(bundle.article.assets)).toEqual([])
    expect(report.warnings.join('')).toContain('100000×100000 像素')
    expect(report.warnings.join('')).not.toContain('无法读取')
  })

  it('an image of print size is kept', async () => {
    const fine = `data:image/png;base64,${btoa(String.fromCharCode(...pngClaiming(9000, 12000)))}`
    const { bundle } = await importDraft(strToU8(`<h1>标题</h1><p>正文。</p><img src="${fine}" alt="航拍">`), 'x.html')
    expect(Object.values(bundle.article.assets).map((a) => [a.width, a.height])).toEqual([[9000, 12000]])
  })

  it('layout and the HTML package refuse a document holding one (a .banxin made elsewhere)', async () => {
    const bundle = {
      article: article({ title: '标题' }, [image('img1', '航拍')], { img1: { mime: 'image/png', name: '航拍.png', width: 400, height: 300 } }),
      assetData: { img1: huge },
    }
    const error = await errorOf(() => checkLayoutLimits(bundle))
    expect(error.code).toBe('image.too-many-pixels')
    expect(error.message).toContain('航拍.png')
  })
})

describe('a paragraph longer than layout holds', () => {
  it('is refused before layout, naming the paragraph', async () => {
    const bundle = { article: article({ title: '标题' }, [paragraph('短。'), paragraph('字'.repeat(LIMITS.paragraphChars + 1))]), assetData: {} }
    const error = await errorOf(() => checkLayoutLimits(bundle))
    expect(error.code).toBe('layout.paragraph-too-long')
    expect(error.message).toContain('第 2 段')
    expect(() => checkLayoutLimits({ ...bundle, article: { ...bundle.article, blocks: [paragraph('字'.repeat(LIMITS.paragraphChars))] } })).not.toThrow()
  })
})
