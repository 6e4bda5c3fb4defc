import { describe, expect, it } from 'vitest'
import { article, paragraph } from '../../../core/model/build'
import { fromOpened, suggestedFileName } from './document-state'

const imported = (title: string, displayName = '来稿.docx') =>
  fromOpened({ bundle: { article: article({ title }, [paragraph('正文。')]), assetData: {} }, displayName })

describe('the name Save As suggests', () => {
  it('is the title, as a name Windows accepts', () => {
    expect(suggestedFileName(imported('溪口村建成展销中心'))).toBe('溪口村建成展销中心.banxin')
    expect(suggestedFileName(imported('CON'))).toBe('_CON.banxin')
    expect(suggestedFileName(imported('lpt1.'))).toBe('_lpt1.banxin')
    expect(suggestedFileName(imported('标题. '))).toBe('标题.banxin')
    expect(suggestedFileName(imported('com9.tar'))).toBe('_com9.tar.banxin')
  })

  it('falls back to the draft’s own name, made safe too', () => {
    expect(suggestedFileName(imported('', 'aux.banxin'))).toBe('_aux.banxin')
    expect(suggestedFileName(imported('', ''))).toBe('未命名.banxin')
  })
})
