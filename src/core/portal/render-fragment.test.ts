import { describe, expect, it } from 'vitest'
import { article, image, paragraph } from '../model/build'
import { fireNoticeArticle, teaFeatureArticle } from './testing/articles'
import { allAttributes, blockTexts, elements } from './testing/dom'
import { packageImages } from './image-files'
import { renderCmsFragment } from './render-fragment'
import { renderContentText } from './render-text'

const tea = teaFeatureArticle()
const files = new Map(packageImages(tea).map((i) => [i.asset, i.file]))
const fragment = renderCmsFragment(tea, { imageSrc: (id) => files.get(id) })

describe('content.html survives a UEditor-style CMS paste', () => {
  it('has no <style>, class, id, lang= or data- attributes for the CMS to drop', () => {
    expect(fragment).not.toMatch(/<style|<link|<script/i)
    const names = allAttributes(fragment).map(([, name]) => name)
    expect(names.filter((n) => n === 'class' || n === 'id' || n === 'lang' || n.startsWith('data-') || n.startsWith('aria-'))).toEqual([])
  })

  it('uses only tags that UEditor keeps, so no text is deleted with a tag', () => {
    const kept = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'img', 'br', 'span', 'strong', 'i', 'u', 'em'])
    expect(elements(fragment).map((e) => e.name).filter((n) => !kept.has(n))).toEqual([])
  })

  it('styles every paragraph and heading inline', () => {
    const blocks = elements(fragment).filter((e) => /^(p|h\d)$/.test(e.name))
    expect(blocks.length).toBeGreaterThan(10)
    for (const el of blocks) expect(el.attribs.style, `<${el.name}> without inline style`).toMatch(/\S/)
  })

  it('gives body paragraphs a 2em first-line indent and the section heading its template look', () => {
    expect(fragment).toMatch(/<p style="margin:0 0 1em;font-family:'Noto Serif SC'[^"]*text-indent:2em/)
    expect(fragment).toMatch(/<h2 style="[^"]*border-left:0.25em solid #b3261e[^"]*"><span style="[^"]*color:#9e1a1a[^"]*">选准一片叶<\/span><br><span/)
  })

  it('puts each image in its own <p> with a relative src, size, and the caption in the next <p>', () => {
    expect(fragment).toContain('<img src="images/01.jpg" alt="清晨的青石镇高山茶园，层层茶垄沿山坡铺开，几位采茶工正在采摘"')
    expect(fragment).toMatch(/<img src="images\/03.png" alt="[^"]+" width="600" height="300"/)
    expect(fragment).toMatch(/<\/p>\n<p style="[^"]*text-align:center[^"]*">青石镇高山茶园进入春茶采摘期<br>苏远航 摄<\/p>/)
    expect(fragment).not.toMatch(/data:|figure|figcaption/)
  })

  it('scales wide images down to the portal column but keeps their proportions', () => {
    const wide = article({ title: 't' }, [image('a', '宽图')], { a: { mime: 'image/png', name: 'a.png', width: 2000, height: 1000 } })
    expect(renderCmsFragment(wide, { imageSrc: () => 'images/01.png' })).toContain('width="640" height="320"')
  })

  it('sets a 公文’s closing parts as GB/T 9704 does: 成文日期 right, 抄送 hanging after its colon, 印发 as one line', () => {
    const html = renderCmsFragment(fireNoticeArticle(), { imageSrc: () => undefined })
    expect(html).toMatch(/<p style="[^"]*text-align:right[^"]*">2026年3月2日<\/p>/)
    const cc = /<p style="([^"]*)">抄送：/.exec(html)?.[1]
    expect(cc).toContain('padding-left:4em')
    expect(cc).toContain('text-indent:-3em')
    expect(html).toMatch(/<p style="[^"]*padding-left:1em;padding-right:1em">示例市人民政府办公室\u3000\u30002026年3月2日印发<\/p>/)
  })

  it('sizes, aligns and crops an image as its block says, with inline styles and the original file', () => {
    const assets = { a: { mime: 'image/png' as const, name: 'a.png', width: 800, height: 400 } }
    const framed = (props: object) => {
      const block = { ...image('a', '图'), ...props }
      return renderCmsFragment(article({ title: 't' }, [block], assets), { imageSrc: () => 'images/01.png' })
    }
    expect(framed({ width: { fraction: 0.5 }, align: 'right' })).toMatch(/<p style="[^"]*text-align:right[^"]*"><img src="images\/01.png" alt="图" width="640" height="320" style="max-width:100%;height:auto;width:50%"><\/p>/)
    expect(framed({ width: { mm: 60 }, align: 'left' })).toMatch(/text-align:left[^"]*"><img [^>]*style="[^"]*width:60mm"/)
    // The left half of the original, 400 × 400 px shown: the whole image at 200% of the window, not moved up.
    const cropped = framed({ crop: { left: 0, top: 0, right: 0.5, bottom: 0 } })
    expect(cropped).toContain('<span style="display:inline-block;overflow:hidden;vertical-align:top;max-width:100%;width:400px;aspect-ratio:400 / 400"><img src="images/01.png"')
    expect(cropped).toContain('style="display:block;max-width:none;width:200%;height:auto;margin-left:0%;margin-top:0%"')
    // A quarter off the top and left: the original moves up by a quarter of its height (100 px of a 600 px-wide window, 1/6).
    const corner = framed({ width: { fraction: 1 }, crop: { left: 0.25, top: 0.25, right: 0, bottom: 0 } })
    expect(corner).toMatch(/width:100%;aspect-ratio:600 \/ 300">/)
    expect(corner).toContain('width:133.33%;height:auto;margin-left:-33.33%;margin-top:-16.67%')
  })

  it('shows the same text, block by block, as content.txt', () => {
    for (const a of [teaFeatureArticle(), fireNoticeArticle()]) {
      const html = renderCmsFragment(a, { imageSrc: () => undefined })
      expect(blockTexts(html)).toEqual(renderContentText(a).trimEnd().split('\n\n'))
    }
  })

  it('drops an image whose src would leave the package, keeping its caption', () => {
    const a = article({ title: 't' }, [image('a', '图', '图注')], { a: { mime: 'image/png', name: 'a.png' } })
    for (const src of ['javascript:alert(1)', 'https://example.com/a.png', 'data:image/png;base64,AAAA', '//cdn.example/a.png', '../secret.png']) {
      const html = renderCmsFragment(a, { imageSrc: () => src })
      expect(html, src).not.toContain('<img')
      expect(html).toContain('图注')
    }
  })

  it('writes nothing for an article of empty paragraphs', () => {
    expect(renderCmsFragment(article({ title: 't' }, [paragraph(''), paragraph('  ')]), { imageSrc: () => undefined })).toBe('\n')
  })
})
