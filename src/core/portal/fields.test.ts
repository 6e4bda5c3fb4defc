import { describe, expect, it } from 'vitest'
import { teaFeatureArticle } from './testing/articles'
import { renderFieldsText } from './fields'

describe('fields.txt', () => {
  it('lists the nine CMS form fields in order, one per line, empty ones included', () => {
    const meta = { ...teaFeatureArticle().meta, summary: '第一行\n第二行' }
    delete meta.editor
    expect(renderFieldsText(meta).split('\n')).toEqual([
      '标题：山乡茶园　春来满目新',
      '引题：产业帮扶见实效',
      '副题：——青石镇发展特色茶产业助农增收纪实',
      '作者：苏远航 何婧',
      '来源：河川日报',
      '发布时间：2026-04-08 10:15',
      '责任编辑：',
      '关键词：茶产业,乡村振兴,青石镇',
      '摘要：第一行 第二行',
      '',
    ])
  })
})
