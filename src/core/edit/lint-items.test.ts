import { describe, expect, it } from 'vitest'
import { article, image, paragraph } from '../model/build'
import { lintItems } from './lint-items'

describe('lint panel items', () => {
  it('offers a fix for half-width punctuation beside Han', () => {
    const { suggestions } = lintItems(article({ title: '标题' }, [paragraph('近年来,我市把党建')]))
    expect(suggestions).toHaveLength(1)
    expect(suggestions[0]!.change).toMatchObject({ before: ',', after: '，' })
    expect(suggestions[0]!.context).toEqual({ before: '近年来', spot: ',', after: '我市把党建' })
    expect(suggestions[0]!.group).toBe('半角标点改为全角')
  })

  it('flags an empty title and an image without alt text', () => {
    const a = article({ title: '' }, [image('p1', '', '图注')], { p1: { mime: 'image/png', name: 'a.png' } })
    expect(lintItems(a).problems.map((p) => p.message)).toEqual([
      '标题（主题）不能为空',
      expect.stringContaining('缺少替代文字'),
    ])
  })

  it('keeps an ignored item ignored when the punctuation next to it is fixed', () => {
    const before = lintItems(article({ title: '标题' }, [paragraph('服务站;群众说:好')])).suggestions[0]!.key
    const after = lintItems(article({ title: '标题' }, [paragraph('服务站;群众说：好')])).suggestions[0]!.key
    expect(after).toBe(before)
  })

  it('keeps an item key when text elsewhere in the line changes', () => {
    const before = lintItems(article({ title: '标题' }, [paragraph('开头文字很多很多。近年来,我市')]))
      .suggestions[0]!.key
    const after = lintItems(article({ title: '标题' }, [paragraph('开头文字改了很多很多很多。近年来,我市')]))
      .suggestions[0]!.key
    expect(after).toBe(before)
  })
})
