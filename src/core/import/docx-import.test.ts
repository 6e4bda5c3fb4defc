import { describe, expect, it } from 'vitest'
import { blockText } from '../model/text'
import { importDraft } from './import-draft'
import { PNG_4x3, sampleDocx } from './testing/sample-docx'
import { schemaProblems } from './testing/schema-problems'

describe('importing a .docx', () => {
  it('keeps the title, headings, bold and italic, and stores the image as an asset', async () => {
    const { bundle, report } = await importDraft(await sampleDocx(), '展销中心.docx')
    const a = bundle.article
    expect(report.format).toBe('docx')
    expect(a.meta.title).toBe('溪口村建成数字化农产品展销中心')
    expect(a.blocks[0]).toMatchObject({
      role: 'lead',
      children: [
        { text: '今年春天，溪口村把闲置的村小学改造成展销中心，' },
        { text: '线上线下同步销售', bold: true },
        { text: '。' },
      ],
    })
    expect(a.blocks[1]).toMatchObject({ type: 'section-heading' })
    expect(blockText(a.blocks[1]!)).toBe('搭建销售平台\n让山货走出大山')
    expect(a.blocks[2]).toMatchObject({ type: 'image', asset: 'img1', alt: '展销中心外景' })
    expect(a.blocks[3]).toMatchObject({
      children: [{ text: '展销中心设有直播间两间，', italic: true }, { text: '每天开播四小时。' }],
    })
    expect(a.assets).toEqual({ img1: { mime: 'image/png', name: '图片1.png', width: 4, height: 3 } })
    expect(bundle.assetData.img1).toEqual(PNG_4x3)
    expect(schemaProblems(a)).toEqual([])
  })

  it('flattens tables to text with a warning', async () => {
    const { bundle, report } = await importDraft(await sampleDocx(), 'x.docx')
    expect(bundle.article.blocks.slice(-2).map((b) => blockText(b))).toEqual([
      '品种\u3000销量',
      '笋干\u3000800斤',
    ])
    expect(report.warnings).toEqual(['表格已转为文字（2 行，单元格之间用全角空格分隔），请检查。'])
  })

  it('recognises a .docx by content whatever its name', async () => {
    expect((await importDraft(await sampleDocx(), 'draft.txt')).report.format).toBe('docx')
  })
})
