import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../../../core/model/build'
import { exportPdf } from './export-pdf'
import { subsetTag } from './subset-tag'

const baseFonts = (pdf: Uint8Array) => [...new Set(new TextDecoder('latin1').decode(pdf).match(/\/BaseFont \/[A-Z]{6}\+[\w-]+/g))].sort()
const pdfOf = async (text: string) => (await exportPdf({ article: article({ title: '通知' }, [paragraph(text)]), assetData: {} })).bytes

describe('子集字体的前缀由子集内容决定', () => {
  it('六个大写字母，随内容变化', () => {
    expect(subsetTag(new Uint8Array([1, 2, 3]))).toMatch(/^[A-Z]{6}$/)
    expect(subsetTag(new Uint8Array([1, 2, 3]))).toBe(subsetTag(new Uint8Array([1, 2, 3])))
    expect(subsetTag(new Uint8Array([1, 2, 3]))).not.toBe(subsetTag(new Uint8Array([1, 2, 4])))
  })

  it('不同的文字得到不同的前缀，相同的文字得到相同的前缀；不再是 BZZZZZ+', async () => {
    const [a, again, b] = [await pdfOf('春风又绿江南岸。'), await pdfOf('春风又绿江南岸。'), await pdfOf('明月何时照我还？')]
    expect(baseFonts(a).join(' ')).not.toMatch(/[B-Z]ZZZZZ\+/)
    expect(baseFonts(again)).toEqual(baseFonts(a))
    const body = (pdf: Uint8Array) => baseFonts(pdf).filter((n) => /NotoSerifSC-Regular$/.test(n))
    expect(body(a)).toHaveLength(1)
    expect(body(b)[0]).not.toBe(body(a)[0])
  })
})
