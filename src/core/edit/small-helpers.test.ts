import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bundleArb } from '../../../test/support/arbitrary-article'
import { countArticle } from '../model/stats'
import { countArticleCached } from './count-blocks'
import { formatKeywords, parseKeywords } from './keywords'
import { nextAssetId } from './image-assets'
import { stripIndent } from './strip-indent'
import { paragraph, text } from '../model/build'

describe('字数 with per-block reuse', () => {
  it('equals the full count for any article', () => {
    fc.assert(
      fc.property(bundleArb, ({ article }) => {
        expect(countArticleCached(article)).toEqual(countArticle(article))
      }),
    )
  })
})

describe('关键词', () => {
  it('splits on the separators editors type and drops repeats', () => {
    expect(parseKeywords('民生实事、社区服务，养老; 养老')).toEqual(['民生实事', '社区服务', '养老'])
    expect(formatKeywords(['甲', '乙'])).toBe('甲、乙')
  })
})

describe('image ids', () => {
  it('takes the first free number', () => {
    expect(nextAssetId(['image-1', 'image-3'])).toBe('image-2')
  })
})

describe('pasted indentation', () => {
  it('drops spaces a paragraph was indented with, keeping marks', () => {
    expect(stripIndent(paragraph([text('\u3000\u3000'), text('第三段', { bold: true })]))).toEqual(
      paragraph([text('第三段', { bold: true })]),
    )
    expect(stripIndent(paragraph('  正文'))).toEqual(paragraph('正文'))
  })
})
