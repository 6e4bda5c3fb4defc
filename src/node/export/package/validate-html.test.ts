import { describe, expect, it } from 'vitest'
import { validateHtml } from './validate-html'

/** The package's validation still catches what it promises to (guards a change of html-validate version). */
describe('html-validate on the package files', () => {
  it('finds a skipped heading level, a wrong nesting and a duplicate id in a fragment', async () => {
    const report = await validateHtml('content.html', '<h2 id="a">一</h2><h4 id="a">二</h4><ul><p>三</p></ul>', 'fragment')
    expect(report.valid).toBe(false)
    expect(new Set(report.messages.map((m) => m.rule))).toEqual(new Set(['heading-level', 'no-dup-id', 'element-permitted-content']))
  })

  it('passes a fragment that starts at <h2>, and a whole page', async () => {
    expect((await validateHtml('content.html', '<h2>一</h2><p>正文。</p><h3>二</h3><p>正文。</p>', 'fragment')).valid).toBe(true)
    const page = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>标题</title></head><body><main><h1>标题</h1><p>正文。</p></main></body></html>'
    expect((await validateHtml('preview.html', page, 'page')).messages).toEqual([])
  })
})
