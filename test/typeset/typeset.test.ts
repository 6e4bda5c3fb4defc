import { describe, expect, it } from 'vitest'
import { article, heading, image, paragraph, sectionHeading, text } from '../../src/core/model/build'
import type { Article } from '../../src/core/model/article'
import { BUILTIN_TEMPLATES } from '../../src/core/styles/builtin-templates'
import { fixedMetrics } from '../../src/core/typeset/testing/fixed-metrics'
import { gongwenArticle, punctuationArticle, stressArticle } from '../fixtures/typeset/fixtures'
import { findPreset } from '../../src/core/typeset/builtin-presets'
import type { Layout } from '../../src/core/typeset/frame'
import { layoutStats } from '../../src/core/typeset/layout-stats'
import { resolvePreset } from '../../src/core/typeset/preset'
import { typeset } from '../../src/core/typeset/typeset'
import { LONGER_CAP } from '../../src/core/typeset/compose-paragraph'

const MM = 72 / 25.4
const fonts = fixedMetrics({ onlyInHei: '𠮷', nowhere: '\u{F0000}' })

function layOut(a: Article, presetId: string, images: Record<string, { width: number; height: number }> = {}): Layout {
  return typeset({ article: a, preset: resolvePreset(findPreset(presetId)), fonts, templates: BUILTIN_TEMPLATES, images })
}

const textLines = (layout: Layout, page: number) => layout.pages[page]!.lines.filter((l) => l.role !== 'furniture')

function expectClean(layout: Layout, presetId: string): void {
  const preset = resolvePreset(findPreset(presetId))
  const s = layoutStats(layout, { tracking: preset.gridTracking, hanLatinSpace: preset.hanLatinSpace, cells: preset.gridCells })
  expect(s.widthFaults, '两端对齐的行宽等于版心').toEqual([])
  expect(s.lineStartFaults, '行首禁则').toEqual([])
  expect(s.lineEndFaults, '行尾禁则').toEqual([])
  expect(s.loneLastLines, '段末孤字').toEqual([])
  expect(s.pairFaults, '相邻标点不超过一个半字').toEqual([])
  expect(s.lineEndMarkFaults, '行末标点半个字').toEqual([])
  expect(s.stretchFaults, '字距不超过四分之一字').toEqual([])
  expect(s.overflowFaults, '不出栏').toEqual([])
}

const longParagraph = (n: number) =>
  paragraph(Array.from({ length: n }, (_, i) => `第${i + 1}句话讲的是社区服务，“便民”和“利民”都很重要。`).join(''))

/** A 公文 grid cell: 28 characters of 16 pt spread over the 156 mm line, first to last flush. */
const CELL = 16 + (156 * MM - 28 * 16) / 27
/** GB/T 9704 §5.2.1–5.2.2: 22 rows over the 225 mm type area, 37 mm below the page's top edge. */
const GRID_TOP = 37 * MM
const GRID_PITCH = (225 * MM) / 22

/**
 * Lines off the 公文 grid: every text line's em box (baseline − ascent to baseline + descent, in its
 * own face and size, so the title's 二号 and the body's 三号 each have their own baseline phase) is
 * centred in one of the page's 22 rows, and no two lines share a row.
 */
function gridFaults(layout: Layout): string[] {
  const faults: string[] = []
  layout.pages.forEach((page, p) => {
    const used = new Set<number>()
    for (const line of page.lines) {
      if (line.role === 'furniture') continue
      const { face, size } = line.runs[0]!
      const centre = line.baseline - fonts.face(face).ascent * size + size / 2 - GRID_TOP
      const row = Math.floor(centre / GRID_PITCH)
      const off = centre - (row + 0.5) * GRID_PITCH
      const where = `第 ${p + 1} 页「${line.text.slice(0, 8)}」（${line.role}）`
      if (Math.abs(off) > 0.01) faults.push(`${where} 离第 ${row + 1} 行中线 ${off.toFixed(2)} pt`)
      else if (row < 0 || row >= 22) faults.push(`${where} 在版心外的第 ${row + 1} 行`)
      else if (used.has(row)) faults.push(`第 ${p + 1} 页第 ${row + 1} 行有两行：「${line.text.slice(0, 8)}」`)
      used.add(row)
    }
  })
  return faults
}

describe('公文版式（GB/T 9704—2012）', () => {
  const layout = layOut(gongwenArticle(), 'gongwen')

  it('每个整页正好二十二行，每行落在网格上', () => {
    const full = layout.pages.slice(1, -1)
    expect(full.length).toBeGreaterThanOrEqual(3)
    layout.pages.forEach((_, p) => {
      if (p > 0 && p < layout.pages.length - 1) expect(textLines(layout, p), `第 ${p + 1} 页`).toHaveLength(22)
    })
    const roles = new Set(layout.pages.flatMap((page) => page.lines.map((l) => l.role)))
    expect([...roles].sort(), '标题、层次标题、正文都在网格上').toEqual(['body', 'furniture', 'heading', 'title'])
    expect(gridFaults(layout)).toEqual([])
  })

  it('网格检查能发现离开行中线的行和挤在同一行的两行', () => {
    const page = layout.pages[1]!
    const moved = (k: number, dy: number): Layout => ({
      ...layout,
      pages: layout.pages.map((p) => (p !== page ? p : { ...p, lines: p.lines.map((l, i) => (i === k ? { ...l, baseline: l.baseline + dy } : l)) })),
    })
    expect(gridFaults(moved(3, 2))).toEqual([expect.stringContaining(`第 2 页「${page.lines[3]!.text.slice(0, 8)}`)])
    expect(gridFaults(moved(3, GRID_PITCH))).toEqual([expect.stringMatching(/^第 2 页第 5 行有两行/u)])
  })

  it('整行正文排二十八个字', () => {
    const line = textLines(layout, 2).find((l) => l.justified && !l.last && /^[\p{Script=Han}，、。；：]+$/u.test(l.text) && l.start === l.x)!
    expect([...line.text]).toHaveLength(28)
  })

  it('首行缩进正好两格：首字与下一行第三字同在一列', () => {
    const first = layout.pages.flatMap((p) => p.lines).filter((l) => l.role === 'body' && l.justified && l.start > l.x + 1)
    expect(first.length).toBeGreaterThan(10)
    for (const line of first) expect(line.start - line.x, line.text).toBeCloseTo(2 * CELL, 6)
  })

  it('版心 156 mm × 225 mm，上白边 37 mm，订口 28 mm（双页在右）', () => {
    const odd = textLines(layout, 0)
    const even = textLines(layout, 1)
    expect(odd.every((l) => l.x >= 28 * MM - 0.01 && l.x + l.measure <= (28 + 156) * MM + 0.01)).toBe(true)
    expect(Math.min(...even.map((l) => l.x))).toBeCloseTo((210 - 28 - 156) * MM, 6)
  })

  it('页码「— 1 —」在版心下边缘之下 7 mm，单页居右、双页居左，各空一字', () => {
    const number = (p: number) => layout.pages[p]!.lines.find((l) => l.role === 'furniture')!
    expect(number(0).text).toBe('— 1 —')
    const size = 14
    const top = number(0).baseline - 0.88 * size
    expect(top).toBeCloseTo((37 + 225 + 7) * MM, 6)
    expect(number(0).start + number(0).width).toBeCloseTo((28 + 156) * MM - size, 6)
    expect(number(1).start).toBeCloseTo((210 - 28 - 156) * MM + size, 6)
  })

  it('一级标题黑体、二级标题楷体、三级标题仿宋加粗，编号由层级生成', () => {
    const all = layout.pages.flatMap((p) => p.lines)
    const first = (prefix: string) => all.find((l) => l.text.startsWith(prefix))!
    expect(first('一、').runs[0]!.face).toBe('hei')
    expect(first('（一）').runs[0]!.face).toBe('kai')
    expect(first('1.').runs[0]!.face).toBe('fangsong-bold')
    expect(first('（一）指导思想。').runs.at(-1)!.face).toBe('fangsong')
  })

  it('版面数据满足排版规则', () => expectClean(layout, 'gongwen'))

  it('落款：成文日期右空四字，发文机关署名以成文日期为准居中', () => {
    const all = layout.pages.at(-1)!.lines
    const date = all.find((l) => l.text === '2024年3月18日')!
    const name = all.find((l) => l.text === '河川市人民政府办公室')!
    expect(date.measure).toBeCloseTo(156 * MM - 4 * CELL, 6)
    expect(date.start + date.width).toBeCloseTo(date.x + date.measure, 6)
    expect(name.start + name.width / 2).toBeCloseTo(date.start + date.width / 2, 6)
    expect(date.baseline - name.baseline).toBeCloseTo((225 * MM) / 22, 6)
  })

  it('成文日期与署名分开存放时照样右空四字、署名居中；附注左空二字；抄送左右各空一字、回行与冒号后首字对齐；印发机关与印发日期同在一行', () => {
    const a = article({ title: '关于做好防汛工作的通知', docNumber: '河政办发〔2024〕8号' }, [
      paragraph('请各单位认真落实。'),
      paragraph('河川市人民政府办公室', 'signoff'),
      paragraph('2024年3月18日', 'signed-date'),
      paragraph('（此件公开发布）', 'annotation'),
      paragraph('抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，河川军分区。', 'cc'),
      paragraph('河川市人民政府办公室　　2024年3月18日印发', 'imprint'),
    ])
    const l = layOut(a, 'gongwen')
    expectClean(l, 'gongwen')
    const lines = l.pages.flatMap((p) => p.lines).filter((line) => line.role !== 'furniture')
    const at = (text: string) => lines.find((line) => line.text.startsWith(text))!
    const edge = at('请各单位').x
    const date = at('2024年3月18日')
    const name = at('河川市人民政府办公室')
    expect(date.start + date.width).toBeCloseTo(edge + 156 * MM - 4 * CELL, 6)
    expect(name.start + name.width / 2).toBeCloseTo(date.start + date.width / 2, 6)
    expect(at('（此件公开发布）').start - edge, '附注左空二字').toBeCloseTo(2 * CELL, 6)
    const cc = at('抄送：')
    const ccNext = lines[lines.indexOf(cc) + 1]!
    expect(cc.start - edge, '抄送左空一字').toBeCloseTo(CELL, 6)
    expect(cc.start + cc.width, '抄送右空一字').toBeCloseTo(edge + 156 * MM - CELL, 1)
    expect(ccNext.start, '回行与冒号后的首字对齐').toBeCloseTo(cc.runs.find((r) => r.text.startsWith('市'))!.x, 6)
    const issuer = lines.filter((line) => line.text === '河川市人民政府办公室').at(-1)!
    const printed = at('2024年3月18日印发')
    expect(printed.baseline, '同在一行').toBeCloseTo(issuer.baseline, 6)
    expect(issuer.start - edge, '印发机关左空一字').toBeCloseTo(CELL, 6)
    expect(printed.start + printed.width, '印发日期右空一字').toBeCloseTo(edge + 156 * MM - CELL, 6)
    const number = at('河政办发〔2024〕8号')
    const title = at('关于做好防汛工作的通知')
    expect(number.baseline, '发文字号在标题之上').toBeLessThan(title.baseline)
    expect(number.start + number.width / 2, '发文字号居中').toBeCloseTo(edge + (156 * MM) / 2, 1)
  })

  it('不加盖印章的落款（§7.3.5.2）：正文下空一行，署名右空二字，成文日期首字比署名首字右移二字；日期更长时右空二字、署名随之左移', () => {
    const preset = resolvePreset({ ...findPreset('gongwen'), signoff: 'unsealed' })
    const row = (225 * MM) / 22
    const right = 28 * MM + 156 * MM
    const setSignoff = (name: string, date: string) => {
      const a = article({ title: '关于做好社区服务工作的通知' }, [paragraph('请认真贯彻执行。'), paragraph(name, 'signoff'), paragraph(date, 'signoff')])
      const lines = textLines(typeset({ article: a, preset, fonts, templates: BUILTIN_TEMPLATES }), 0)
      return { body: lines.find((l) => l.text === '请认真贯彻执行。')!, name: lines.find((l) => l.text === name)!, date: lines.find((l) => l.text === date)! }
    }
    const usual = setSignoff('河川市人民政府办公室', '2024年3月18日')
    expect(usual.name.baseline - usual.body.baseline, '正文下空一行').toBeCloseTo(2 * row, 6)
    expect(usual.date.baseline - usual.name.baseline, '日期在署名下一行').toBeCloseTo(row, 6)
    expect(right - (usual.name.start + usual.name.width), '署名右空二字').toBeCloseTo(2 * CELL, 6)
    expect(usual.date.start - usual.name.start, '日期首字右移二字').toBeCloseTo(2 * CELL, 6)
    const long = setSignoff('河川市政府', '2024年12月31日')
    expect(right - (long.date.start + long.date.width), '长日期右空二字').toBeCloseTo(2 * CELL, 6)
    expect(long.date.start - long.name.start, '署名随日期左移').toBeCloseTo(2 * CELL, 6)
  })

  it('主送机关在标题下空一行、居左顶格', () => {
    const lines = textLines(layout, 0)
    const addressee = lines.find((l) => l.text.startsWith('各区人民政府'))!
    const title = lines.filter((l) => l.role === 'title').at(-1)!
    expect(addressee.start).toBeCloseTo(addressee.x, 6)
    expect(addressee.x).toBeCloseTo(28 * MM, 6)
    const row = (l: typeof title) => Math.floor((l.baseline - 37 * MM) / ((225 * MM) / 22))
    expect(row(addressee) - row(title), '标题下空一行').toBe(2)
  })

  it('附件说明：正文下空一行、左空二字；多个附件序号对齐、不空行；名称回行与名称首字对齐', () => {
    const a = article({ title: '关于印发社区服务设施建设标准的通知' }, [
      paragraph('现将有关标准印发给你们，请认真贯彻执行。'),
      paragraph('附件：1.河川市城乡社区综合服务设施建设标准', 'attachment'),
      paragraph('2.河川市城乡社区综合服务设施运营管理办法和绩效评价细则（试行）', 'attachment'),
      paragraph('3.试点名单', 'attachment'),
    ])
    const l = layOut(a, 'gongwen')
    expectClean(l, 'gongwen')
    const lines = textLines(l, 0)
    const at = (prefix: string) => lines.find((line) => line.text.startsWith(prefix))!
    const [body, first, second, third] = [at('现将'), at('附件：'), at('2.'), at('3.')]
    const row = (225 * MM) / 22
    expect(first.start, '左空二字，与段首缩进相同').toBeCloseTo(body.start, 6)
    expect(first.baseline - body.baseline, '正文下空一行').toBeCloseTo(2 * row, 6)
    const runAt = (line: typeof first, text: RegExp) => line.runs.find((r) => text.test(r.text))!.x
    const nameOf = (line: typeof first) => runAt(line, /^[河试]/u)
    expect(runAt(second, /^2/), '「2.」在「1.」之下').toBeCloseTo(runAt(first, /^1/), 6)
    expect(third.start).toBeCloseTo(second.start, 6)
    expect(second.baseline - first.baseline, '附件之间不空行').toBeCloseTo(row, 6)
    const wrapped = lines[lines.indexOf(second) + 1]!
    expect(wrapped.text).not.toMatch(/^3\./)
    expect(wrapped.start, '回行与附件名称首字对齐').toBeCloseTo(nameOf(second), 6)
    expect(nameOf(third)).toBeCloseTo(nameOf(second), 6)
  })

  it('标题不落在页末；它空出的一行由上面的段落伸行补满，整页仍是二十二行，伸行的字距不超过八分之一字', () => {
    const body = (n: number) => paragraph('社区服务设施建设要坚持需求导向，统筹规划、分类推进。'.repeat(4 + (n % 3)))
    const gongwen = resolvePreset(findPreset('gongwen'))
    for (let n = 1; n <= 40; n++) {
      const blocks = [...Array.from({ length: n }, (_, k) => body(k)), heading(1, '保障措施'), ...Array.from({ length: 12 }, (_, k) => body(k))]
      const l = layOut(article({ title: '关于推进社区服务设施建设的意见' }, blocks), 'gongwen')
      l.pages.forEach((_, p) => {
        const lines = textLines(l, p)
        if (p > 0 && p < l.pages.length - 1) expect(lines, `${n} 段，第 ${p + 1} 页`).toHaveLength(22)
        expect(lines.at(-1)!.role, `${n} 段，第 ${p + 1} 页末`).not.toBe('heading')
      })
      expect(layoutStats(l, { tracking: gongwen.gridTracking }).maxStretch, `${n} 段`).toBeLessThanOrEqual(LONGER_CAP + 1e-3)
    }
  })

  it('伸行会把字距拉开超过八分之一字时不伸行：标题仍换页，这一页少一行（GB/T 9704 §5.2.2 特定情况可以作适当调整）', () => {
    // Paragraphs of five full lines and a last line of four characters: set one line longer, each line would
    // take in a fifth of a line more space, about 0.2 em a gap.
    const body = paragraph('社区服务设施建设要坚持需求导向，统筹规划、分类推进。'.repeat(5) + '确保群众满意度持续提升。')
    const gongwen = resolvePreset(findPreset('gongwen'))
    const oneLine = paragraph('各单位要高度重视。')
    let shortPages = 0
    for (let n = 0; n <= 5; n++) {
      const blocks = [...Array.from({ length: n }, () => oneLine), body, body, body, heading(1, '保障措施'), ...Array.from({ length: 4 }, () => body)]
      const l = layOut(article({ title: '关于推进社区服务设施建设的意见' }, blocks), 'gongwen')
      l.pages.forEach((_, p) => {
        const lines = textLines(l, p)
        expect(lines.at(-1)!.role, `${n} 段，第 ${p + 1} 页末`).not.toBe('heading')
        if (p < l.pages.length - 1 && lines.length < 22) shortPages++
      })
      expect(layoutStats(l, { tracking: gongwen.gridTracking }).maxStretch, `${n} 段`).toBeLessThanOrEqual(LONGER_CAP + 1e-3)
    }
    expect(shortPages, '有的页因此少一行').toBeGreaterThan(0)
  })

  it('居中的插题长过一行时分成长度相近的两行，不在年份区间里回行（GB/T 9704 §7.3.1「词意完整」）', () => {
    const a = gongwenArticle()
    a.blocks.splice(1, 0, sectionHeading('河川市推进老旧小区改造暨完整社区建设三年行动实施方案（2024—2026年）'))
    const heading = textLines(layOut(a, 'gongwen'), 0).filter((l) => l.role === 'heading' && /河川|行动|2026年/u.test(l.text))
    expect(heading.map((l) => l.text).join('')).toBe('河川市推进老旧小区改造暨完整社区建设三年行动实施方案（2024—2026年）')
    expect(heading).toHaveLength(2)
    expect(heading.every((l) => !l.text.endsWith('—')), heading.map((l) => l.text).join(' / ')).toBe(true)
    expect(Math.abs(heading[0]!.width - heading[1]!.width), heading.map((l) => l.text).join(' / ')).toBeLessThan(heading[0]!.width / 3)
  })

  it('书签：标题、一级与二级标题，按层级嵌套', () => {
    expect(layout.bookmarks[0]).toMatchObject({ level: 0, page: 0 })
    expect(layout.bookmarks.filter((b) => b.level === 1).map((b) => b.title)).toEqual(['一、总体要求', '二、重点任务', '三、保障措施'])
  })
})

describe('A4 文章版式', () => {
  it('标点密集的稿件满足排版规则', () => expectClean(layOut(punctuationArticle(), 'a4'), 'a4'))

  it('压力稿件（网址、长单词、带 % 的数字）：避头尾零错误，字距不超过四分之一字，不出栏', () => {
    expectClean(layOut(stressArticle(), 'a4'), 'a4')
    expectClean(layOut(stressArticle(), 'gongwen'), 'gongwen')
  })

  it('小标题不落在页末，后面至少跟两行正文', () => {
    const blocks = [longParagraph(20), sectionHeading('织密服务网络', '为社区养老添温度'), longParagraph(6)]
    for (let n = 14; n < 24; n++) {
      blocks[0] = longParagraph(n)
      const layout = layOut(article({ title: '标题' }, blocks), 'a4')
      for (const page of layout.pages) {
        const lines = page.lines.filter((l) => l.role !== 'furniture')
        const last = lines.findIndex((l) => l.role === 'heading')
        if (last >= 0) expect(lines.length - last, `${n} 句`).toBeGreaterThanOrEqual(4)
      }
    }
  })

  it('段落在页间断开时，上下两页各至少两行', () => {
    for (let n = 10; n < 40; n += 3) {
      const layout = layOut(article({ title: '标题' }, [longParagraph(n), longParagraph(12)]), 'a4')
      if (layout.pages.length < 2) continue
      const first = textLines(layout, 0)
      const second = textLines(layout, 1)
      const tail = first.length - 1 - first.map((l) => l.last).lastIndexOf(true, first.length - 2)
      if (!first.at(-1)!.last) expect(tail, `${n} 句：页末孤行`).toBeGreaterThanOrEqual(2)
      const head = second.findIndex((l) => l.last) + 1
      if (second.length && !first.at(-1)!.last) expect(head, `${n} 句：页首孤行`).toBeGreaterThanOrEqual(2)
    }
  })

  it('图片和图注不分开，图注在图下居中', () => {
    const a = article({ title: '标题' }, [longParagraph(20), image('p1', '照片', '社区食堂里，老人们在用餐。', '李青禾 摄'), longParagraph(4)], {
      p1: { mime: 'image/jpeg', name: 'p1.jpg' },
    })
    const layout = layOut(a, 'a4', { p1: { width: 1600, height: 1200 } })
    const page = layout.pages.find((p) => p.items.some((i) => i.kind === 'image'))!
    const img = page.items.find((i) => i.kind === 'image')!
    const caption = page.lines.find((l) => l.role === 'caption')!
    expect(caption.text).toBe('社区食堂里，老人们在用餐。\u3000李青禾 摄')
    expect(img.kind === 'image' && caption.baseline > img.y + img.height).toBe(true)
  })

  it('没有尺寸的图片留出位置并提醒', () => {
    const a = article({ title: '标题' }, [image('g', '动图')], { g: { mime: 'image/gif', name: '动图.gif' } })
    const layout = layOut(a, 'a4')
    expect(layout.warnings).toContain('图片「动图.gif」无法放入 PDF（只支持 JPEG 和 PNG），已留出位置。')
    expect(layout.pages[0]!.items.some((i) => i.kind === 'box')).toBe(true)
  })

  it('字体缺字时换用其他字体并提醒，不丢字', () => {
    const layout = layOut(article({ title: '标题' }, [paragraph('吉祥的“𠮷”字，还有\u{F0000}。')]), 'a4')
    expect(layout.warnings).toEqual(['「𠮷」宋体字体中没有，已用黑体代替。', '「\u{F0000}」所有字体中都没有，印出来会是空框，请换用其他字体。'])
    const runs = layout.pages[0]!.lines.flatMap((l) => l.runs)
    expect(runs.find((r) => r.text === '𠮷')?.face).toBe('hei')
    expect(runs.map((r) => r.text).join('')).toContain('\u{F0000}')
  })

  it('第二页起有书眉，页码居中', () => {
    const layout = layOut(article({ title: '办好民生实事' }, [longParagraph(80)]), 'a4')
    expect(layout.pages.length).toBeGreaterThan(1)
    const furniture = (p: number) => layout.pages[p]!.lines.filter((l) => l.role === 'furniture').map((l) => l.text)
    expect(furniture(0)).toEqual(['1'])
    expect(furniture(1)).toEqual(['2', '办好民生实事'])
  })

  it('粗体用粗体字重，着重号逐字加点，下划线连成一条，斜体倾斜', () => {
    const a = article({ title: '标题' }, [paragraph([text('要'), text('坚持', { bold: true }), text('以人民为中心', { emphasis: true }), text('，'), text('办实事', { underline: true }), text('、'), text('见实效', { italic: true }), text('。')])])
    const page = layOut(a, 'a4').pages[0]!
    const runs = page.lines.flatMap((l) => l.runs)
    expect(runs.find((r) => r.text.includes('坚持'))?.face).toBe('song-bold')
    expect(runs.find((r) => r.text.includes('见实效'))?.oblique, '斜 12 度').toBe(12)
    expect(page.items.filter((i) => i.kind === 'dot')).toHaveLength(6)
    expect(page.items.filter((i) => i.kind === 'rule')).toHaveLength(1)
  })

  it('公文层次标题在文章里按 一、（一）1.（1） 编号', () => {
    const layout = layOut(article({ title: '标题' }, [heading(1, '总体要求'), heading(2, '指导思想'), heading(3, '统筹'), heading(4, '细则')]), 'a4')
    expect(textLines(layout, 0).map((l) => l.text).slice(1)).toEqual(['一、总体要求', '（一）指导思想', '1.统筹', '（1）细则'])
  })
})

describe('报纸版式', () => {
  it('分栏排：标题通栏，正文按栏从左到右', () => {
    const layout = layOut(article({ title: '老城的新表情', column: '城市' }, [longParagraph(160)]), 'newspaper')
    const lines = textLines(layout, 0)
    const columns = new Set(lines.filter((l) => l.role === 'body').map((l) => Math.round(l.x)))
    expect(columns.size).toBe(4)
    expect(lines[0]!.role).toBe('title')
    expect(layout.geometry).toMatchObject({ bleed: 3 * MM, cropMarks: true })
  })

  it('文章排不满一版时各栏齐平：栏底相差不超过一行', () => {
    const layout = layOut(article({ title: '老城的新表情' }, [longParagraph(30), sectionHeading('街巷烟火', '老城新貌'), longParagraph(25), longParagraph(12)]), 'newspaper')
    expect(layout.pages).toHaveLength(1)
    expectClean(layout, 'newspaper')
    const body = textLines(layout, 0).filter((l) => l.role !== 'title')
    const bottoms = new Map<number, number>()
    for (const l of body) bottoms.set(Math.round(l.x), Math.max(bottoms.get(Math.round(l.x)) ?? 0, l.baseline))
    expect(bottoms.size, '四栏都有文字').toBe(4)
    const pitch = 10.5 * 1.6
    expect(Math.max(...bottoms.values()) - Math.min(...bottoms.values())).toBeLessThanOrEqual(pitch + 0.01)
  })

  it('没有作者、来源、时间的稿件，副题和正文之间照样空出信息行后的距离，不贴着正文', () => {
    const { styles } = resolvePreset(findPreset('newspaper'))
    for (const meta of [{ author: '林川' }, {}]) {
      const lines = textLines(layOut(article({ title: '老城的新表情', subtitle: '——一条街巷的三年', ...meta }, [longParagraph(12)]), 'newspaper'), 0)
      const last = lines.filter((l) => l.role === 'title').at(-1)!
      const first = lines.find((l) => l.role === 'body')!
      // Em boxes: from the 副题's (or the meta line's) bottom to the body line's top.
      const box = (l: typeof last) => ({ top: l.baseline - fonts.face(l.runs[0]!.face).ascent * l.runs[0]!.size, size: l.runs[0]!.size })
      const bottom = box(last).top + box(last).size
      const top = box(first).top
      expect(top - bottom, `${last.text} → ${first.text}`).toBeGreaterThanOrEqual(styles.meta.spaceAfter - 0.01)
    }
  })
})
