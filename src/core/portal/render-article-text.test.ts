import { describe, expect, it } from 'vitest'
import { renderArticleText } from './render-text'
import { article, paragraph, sectionHeading } from '../model/build'

describe('导出纯文本', () => {
  it('has the headline stack, the meta line, the body and 责任编辑, blank lines between', () => {
    const text = renderArticleText(
      article({ kicker: '引题一行', title: '主题一行', author: '林晓川', source: '河川日报', publishedAt: '2026-03-16T09:30:00+08:00', editor: '周敏' }, [
        paragraph('第一段。'),
        sectionHeading('织密服务网络', '为社区养老添温度'),
        paragraph('第二段。'),
      ]),
    )
    expect(text).toBe(
      '引题一行\n主题一行\n\n发布时间：2026-03-16 09:30　作者：林晓川　来源：河川日报\n\n第一段。\n\n织密服务网络\n为社区养老添温度\n\n第二段。\n\n（责任编辑：周敏）\n',
    )
  })
})
