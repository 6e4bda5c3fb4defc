import { describe, expect, it } from 'vitest'
import { blockText } from '../model/text'
import { importHtmlFragment } from './import-draft'
import { limitNesting } from './limit-nesting'

describe('HTML nested deeper than browsers allow', () => {
  it('leaves a page within the limit exactly as it is', () => {
    const html = '<div><p style="color:red">文字<b>加粗</b></p><br/><img src="a.png"></div>'
    expect(limitNesting(html, 3)).toBe(html)
  })

  it('keeps every character of deeper text, turns deeper blocks into line breaks and drops deeper hidden parts with their content', () => {
    const html = '<div><div><p>一段</p><i>斜</i><script>x()</script><span style="display: none">隐</span></div></div>'
    expect(limitNesting(html, 2)).toBe('<div><div><br>一段<br>斜</div></div>')
  })

  it('ignores a closing tag that closes nothing, as the parser does', () => {
    expect(limitNesting('<div></span><div><p>深</p></div></div>', 2)).toBe('<div></span><div><br>深<br></div></div>')
  })

  it('imports a page nested 200,000 <div>s deep: its text, in order, without hidden text, and says what it did', () => {
    const depth = 200_000
    const html =
      '<p>开头一段。</p>' +
      '<div>'.repeat(depth) +
      '<b>深处</b>的文字。<p>深处第二段。</p><script>alert(1)</script><span style="display:none">隐藏</span>' +
      '</div>'.repeat(depth) +
      '<p>结尾一段。</p>'
    const { bundle, report } = importHtmlFragment(html)
    expect(bundle.article.blocks.map(blockText)).toEqual(['开头一段。', '深处的文字。', '深处第二段。', '结尾一段。'])
    expect(report.warnings.join()).toContain('嵌套超过 512 层')
  }, 120_000)
})
