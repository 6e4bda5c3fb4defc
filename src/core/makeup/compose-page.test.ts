import { describe, expect, it } from 'vitest'
import type { Article } from '../model/article'
import { article, image, paragraph } from '../model/build'
import type { ArticleFrame, HeadlineSpec, PageDocument } from '../page/page'
import { findPagePreset } from '../page/builtin-page-presets'
import { resolvePagePreset } from '../page/page-preset'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import type { Line } from '../typeset/frame'
import { fixedMetrics } from '../typeset/testing/fixed-metrics'
import { createPageComposer } from './compose-page'
import type { FrameReport } from './page-makeup'

/**
 * The page compositor with round metrics (every Han character one em): 四开, six columns of eleven 小五
 * characters, a 13.5 pt baseline grid. Body lines are those of the `body` role that are not furniture.
 */

const preset = resolvePagePreset(findPagePreset('sikai'))
const { grid } = preset
const fonts = fixedMetrics()

/** `n` paragraphs of `len` characters each, numbered so the text read back shows its order. */
function story(title: string, n: number, len: number, meta: Partial<Article['meta']> = {}): Article {
  const paragraphs = Array.from({ length: n }, (_, i) => paragraph(`第${i + 1}段` + '文'.repeat(Math.max(0, len - 4)) + '。'))
  return article({ title, ...meta }, paragraphs)
}

const across = (columns: number, weight: HeadlineSpec['weight'] = 3): HeadlineSpec => ({ direction: 'across', columns, weight, side: 'right' })

function frame(id: string, articleKey: string, column: number, columns: number, row: number, rows: number, extra: Partial<ArticleFrame> = {}): ArticleFrame {
  return { id, article: articleKey, column, columns, row, rows, headline: across(columns), ...extra }
}

function doc(articles: Record<string, Article>, pages: ArticleFrame[][]): PageDocument {
  return {
    version: 1,
    preset: 'sikai',
    paper: { name: '河川日报', serial: 'CN 50-0001', issue: 8 },
    date: '2025-05-01',
    pages: pages.map((frames, i) => ({ number: i + 1, name: i ? '综合' : '要闻', ...(i ? { editor: '周敏' } : { masthead: true as const }), frames })),
    articles,
  }
}

const compose = (d: PageDocument) => createPageComposer(fonts, BUILTIN_TEMPLATES)({ doc: d, preset, images: {} })

const bodyLines = (lines: readonly Line[]) => lines.filter((l) => l.role === 'body')
/** The body text of `lines`, column by column (left to right, top to bottom), as one string. */
const textOf = (lines: readonly Line[]) =>
  [...lines]
    .sort((a, b) => a.x - b.x || a.baseline - b.baseline)
    .map((l) => l.text)
    .join('')
const wholeText = (a: Article) => a.blocks.map((b) => (b.type === 'paragraph' ? b.children.map((c) => c.text).join('') : '')).join('')

/** Lines per column (by left edge) of the body lines inside `x1..x2`. */
function columnsOf(lines: readonly Line[], x1: number, x2: number): Map<number, Line[]> {
  const byColumn = new Map<number, Line[]>()
  for (const l of bodyLines(lines).filter((l) => l.x >= x1 - 0.01 && l.x < x2)) {
    const key = Math.round(l.x * 100) / 100
    byColumn.set(key, [...(byColumn.get(key) ?? []), l])
  }
  return byColumn
}

describe('拼版：版框里的文字', () => {
  it('a story fills its frame column after column and ends in columns within one line of each other', () => {
    const a = story('标题', 9, 40)
    const made = compose(doc({ a }, [[frame('f', 'a', 0, 3, 0, 40)]]))
    const page = made.layout.pages[0]!
    const columns = [...columnsOf(page.lines, 0, grid.pageWidth).values()]
    expect(columns).toHaveLength(3)
    const bottoms = columns.map((c) => Math.max(...c.map((l) => l.baseline)))
    expect(Math.max(...bottoms) - Math.min(...bottoms), `栏底 ${bottoms.join(' / ')}`).toBeLessThanOrEqual(grid.pitch + 1e-6)
    expect(textOf(bodyLines(page.lines))).toBe(wholeText(a))
    expect(made.frames[0]).toMatchObject({ overset: 0, problems: [] })
  })

  it('no column is left empty when widows and orphans forbid shorter last columns: the last column is the deeper one', () => {
    // Six lines and three: 3·2·1 would leave a widow, so the first columns cannot be the deeper ones
    // without the text ending in three full columns and an empty fourth; 2·2·2 and 3 fill all four.
    const a = article({ title: '短稿' }, [paragraph('第1段' + '文'.repeat(58) + '。'), paragraph('第2段' + '文'.repeat(21) + '。')])
    const made = compose(doc({ a }, [[frame('f', 'a', 0, 4, 0, 20)]]))
    const page = made.layout.pages[0]!
    const columns = [...columnsOf(page.lines, 0, grid.pageWidth).values()]
    expect(columns.map((c) => c.length)).toEqual([2, 2, 2, 3])
    expect(textOf(bodyLines(page.lines))).toBe(wholeText(a))
  })

  it('where neither shape fills every column, the columns step down twice rather than leave the last one empty', () => {
    // Seven lines and four: no setting within one row gives all four columns text without a widow or an orphan.
    const a = article({ title: '短稿' }, [paragraph('第1段' + '文'.repeat(70) + '。'), paragraph('第2段' + '文'.repeat(33) + '。')])
    const made = compose(doc({ a }, [[frame('f', 'a', 0, 4, 0, 20)]]))
    const page = made.layout.pages[0]!
    const counts = [...columnsOf(page.lines, 0, grid.pageWidth).values()].map((c) => c.length)
    expect(counts).toHaveLength(4)
    expect(Math.max(...counts) - Math.min(...counts), counts.join('·')).toBeLessThanOrEqual(2)
    expect(textOf(bodyLines(page.lines))).toBe(wholeText(a))
  })

  it('every body line of every frame sits on the page grid, inside its column', () => {
    const made = compose(
      doc({ a: story('甲', 6, 50), b: story('乙', 4, 30), c: story('丙', 3, 20, { kicker: '引题' }) }, [
        [frame('fa', 'a', 0, 3, 0, 30), frame('fb', 'b', 3, 3, 0, 30, { columnRules: true }), frame('fc', 'c', 0, 6, 30, 20, { headline: across(4, 2) })],
      ]),
    )
    const lines = bodyLines(made.layout.pages[0]!.lines)
    const phases = new Set(lines.map((l) => (((l.baseline - grid.top) % grid.pitch) + grid.pitch) % grid.pitch).map((p) => p.toFixed(6)))
    expect([...phases], '正文基线相对行格的位置').toHaveLength(1)
    for (const l of lines) {
      const column = Math.round((l.x - grid.left) / (grid.columnWidth + grid.gap))
      const left = grid.left + column * (grid.columnWidth + grid.gap)
      expect(l.x, l.text).toBeCloseTo(left, 6)
      expect(l.start + l.width - (l.overhang ?? 0), l.text).toBeLessThanOrEqual(left + grid.columnWidth + 1e-6)
    }
  })

  it('text that does not fit is overset on the frame, counted in lines, with the first of them', () => {
    const a = story('长稿', 12, 60)
    const made = compose(doc({ a }, [[frame('f', 'a', 0, 2, 0, 12)]]))
    const [report] = made.frames
    const placed = bodyLines(made.layout.pages[0]!.lines)
    const total = compose(doc({ a }, [[frame('f', 'a', 0, 6, 0, 60)]])).layout.pages[0]!.lines.filter((l) => l.role === 'body').length
    expect(report!.overset).toBe(total - placed.length)
    expect(wholeText(a).startsWith(textOf(placed) + report!.oversetText)).toBe(true)
    expect(made.layout.warnings).toContain(`第1版「长稿」：有 ${report!.overset} 行排不下（从「${report!.oversetText}」起）。`)
    expect(made.layout.overflows).toEqual([{ kind: 'overset', page: 0, text: report!.oversetText, lines: report!.overset }])
  })

  it('a story too long for its frame jumps to page 2 with matching 下转/上接 lines, its text whole across both', () => {
    const a = story('转版的稿子', 14, 60)
    const made = compose(doc({ a }, [[frame('f1', 'a', 0, 3, 0, 25)], [frame('f2', 'a', 0, 3, 0, 40, { headline: across(3, 4) })]]))
    const [one, two] = made.layout.pages
    const small = (lines: readonly Line[]) => lines.filter((l) => l.role === 'furniture').map((l) => l.text)
    expect(small(one!.lines)).toContain('（下转第二版）')
    expect(small(two!.lines)).toContain('（上接第一版）')
    expect(textOf(bodyLines(one!.lines)) + textOf(bodyLines(two!.lines))).toBe(wholeText(a))
    // The continuation opens with the 续题; the 下转 line takes the last row of the last column.
    expect(two!.lines.some((l) => l.role === 'title' && l.text === '转版的稿子')).toBe(true)
    // The 下转 line follows the text of the last column, on the grid.
    const jump = one!.lines.find((l) => l.text === '（下转第二版）')!
    const body = bodyLines(one!.lines)
    expect(Math.max(...body.filter((l) => l.x === jump.x).map((l) => l.baseline))).toBeCloseTo(jump.baseline - grid.pitch, 6)
    expect(jump.baseline).toBeLessThanOrEqual(Math.max(...body.map((l) => l.baseline)) + 1e-6)
    expect(made.frames.map((f) => f.overset)).toEqual([0, 0])
  })

  it('a frame taller than its text gives the spare rows to the white round its headline and reports the rest', () => {
    const a = story('短稿', 2, 30)
    const made = compose(doc({ a }, [[frame('f', 'a', 0, 2, 0, 30)]]))
    const title = made.layout.pages[0]!.lines.find((l) => l.role === 'title')!
    let rows = 1
    while (compose(doc({ a }, [[frame('f', 'a', 0, 2, 0, rows)]])).frames[0]!.overset) rows++
    const tight = compose(doc({ a }, [[frame('f', 'a', 0, 2, 0, rows)]]))
    expect(tight.frames[0]!.emptyRows).toBe(0)
    expect(title.baseline).toBeGreaterThan(tight.layout.pages[0]!.lines.find((l) => l.role === 'title')!.baseline)
    expect(made.frames[0]!.emptyRows).toBeGreaterThan(0)
  })
})

describe('拼版：配图', () => {
  it('白边留给标题时，跨栏的图片和图注仍在版框里：文字短、图片长时不把图压出版框底', () => {
    const a = story('配图短稿', 3, 50, { subtitle: '——新茶上市的第一周' })
    a.blocks.splice(2, 0, image('p1', '茶园', '茶园新绿'))
    const withImage = (rows: number) => {
      const f = frame('f', 'a', 0, 6, 0, rows, { figure: { columns: 3 }, headline: across(6, 1) })
      return createPageComposer(fonts, BUILTIN_TEMPLATES)({ doc: doc({ a }, [[f]]), preset, images: { a: { p1: { width: 800, height: 500 } } } })
    }
    for (const rows of [24, 26, 28, 32]) {
      const made = withImage(rows)
      const { rect, regions } = made.frames[0]!
      const figure = regions.figure!
      const caption = made.layout.pages[0]!.lines.find((l) => l.role === 'caption')!
      expect(figure.top + figure.height, `${rows} 行的版框：图片底`).toBeLessThanOrEqual(rect.top + rect.height + 1e-6)
      expect(caption.baseline, `${rows} 行的版框：图注`).toBeLessThanOrEqual(rect.top + rect.height + 1e-6)
      expect(made.frames[0]!.problems).toEqual([])
    }
    // Too short for the figure whatever the white: said so, not drawn over the next story in silence.
    expect(withImage(20).frames[0]!.problems).toEqual(['配图和图注超出版框底 4 行：请加高版框或让配图少跨几栏。'])
  })
})

describe('拼版：版框下面的空行', () => {
  /** Rows left empty under the text of each of the frame's text columns, counted from the lines drawn. */
  function emptyUnder(lines: readonly Line[], report: FrameReport): number[] {
    const bottom = report.rect.top + report.rect.height
    return report.regions.columns.map((c) => {
      const mine = bodyLines(lines).filter((l) => Math.abs(l.x - c.left) < 1e-6)
      // A line's box reaches a row below its baseline's row: the baseline sits in its row.
      const end = mine.length ? Math.max(...mine.map((l) => l.baseline)) : c.top
      return Math.floor((bottom - end) / grid.pitch + 1e-6)
    })
  }

  it('counts the rows left empty under the text of every column, not only under the deepest one', () => {
    for (const [n, columns, rows] of [
      [4, 3, 40],
      [6, 4, 50],
      [3, 2, 60],
    ] as const) {
      const f = frame('f', 'a', 0, columns, 0, rows)
      const made = compose(doc({ a: story('半空的版框', n, 60) }, [[f]]))
      const empty = emptyUnder(made.layout.pages[0]!.lines, made.frames[0]!)
      expect(empty.every((e) => e > rows / 3), `每栏下面空 ${empty.join(' / ')} 行`).toBe(true)
      expect(made.frames[0]!.emptyRows, `每栏下面空 ${empty.join(' / ')} 行`).toBe(empty.reduce((a, b) => a + b, 0))
    }
  })
})

describe('拼版：竖题', () => {
  it('stands in its own columns, read from the right, and the text keeps to the other columns', () => {
    const a = story('竖排的标题', 3, 30, { subtitle: '副题' })
    const made = compose(doc({ a }, [[frame('f', 'a', 0, 3, 0, 30, { headline: { direction: 'vertical', columns: 1, weight: 3, side: 'right' } })]]))
    const lines = made.layout.pages[0]!.lines
    const vertical = lines.filter((l) => l.vertical)
    expect(vertical.map((l) => l.text)).toEqual(['竖排的标题', '副题'])
    const [title, subtitle] = vertical
    const third = grid.left + 2 * (grid.columnWidth + grid.gap)
    expect(title!.x).toBeGreaterThan(subtitle!.x)
    for (const l of vertical) expect(l.x).toBeGreaterThanOrEqual(third)
    for (const run of title!.runs) expect(run.vertical).toBe(true)
    expect(bodyLines(lines).every((l) => l.x < third)).toBe(true)
    expect(textOf(bodyLines(lines))).toBe(wholeText(a))
  })

  it('on the left it is read from the left', () => {
    const a = story('左边的竖题', 3, 30, { kicker: '引题' })
    const made = compose(doc({ a }, [[frame('f', 'a', 0, 3, 0, 30, { headline: { direction: 'vertical', columns: 1, weight: 3, side: 'left' } })]]))
    const vertical = made.layout.pages[0]!.lines.filter((l) => l.vertical)
    expect(vertical.map((l) => l.text)).toEqual(['引题', '左边的竖题'])
    expect(vertical[0]!.x).toBeLessThan(vertical[1]!.x)
    expect(bodyLines(made.layout.pages[0]!.lines).every((l) => l.x > grid.left + grid.columnWidth)).toBe(true)
  })
})

describe('拼版：版面', () => {
  it('reports frames off the grid and frames over each other', () => {
    const made = compose(doc({ a: story('甲', 2, 20), b: story('乙', 2, 20) }, [[frame('fa', 'a', 4, 3, 0, 20), frame('fb', 'b', 0, 5, 10, 20)]]))
    expect(made.frames[0]!.problems).toEqual(['版框超出版心：版心是 6 栏 × 61 行，版框占第 5–7 栏、第 1–20 行。', '与「乙」的版框重叠。'])
    expect(made.frames[1]!.problems).toEqual(['与「甲」的版框重叠。'])
  })

  it('the front page has the 报头 with 刊号 and both dates; other pages a 版头 with 版名, 版次 and the editor', () => {
    const made = compose(doc({ a: story('甲', 2, 20), b: story('乙', 2, 20) }, [[frame('fa', 'a', 0, 2, 0, 10)], [frame('fb', 'b', 0, 2, 0, 10)]]))
    const [front, inside] = made.layout.pages.map((p) => p.lines.filter((l) => l.role === 'furniture').map((l) => l.text))
    expect(front).toEqual(expect.arrayContaining(['河川日报', '国内统一连续出版物号 CN 50-0001', '总第8期', '2025年5月1日 星期四', '农历乙巳年四月初四', '第1版　要闻']))
    expect(inside).toEqual(expect.arrayContaining(['综合', '2025年5月1日 星期四', '第2版', '责任编辑：周敏']))
    expect(made.layout.pages.map((p) => p.label)).toEqual(['1', '2'])
  })

  it('tags each story apart for tagged PDF: its headline an H1 read before its text, no element shared by two stories', () => {
    const made = compose(
      doc({ a: story('甲稿', 4, 30), b: story('乙稿', 4, 30, { subtitle: '副题' }) }, [
        [frame('fa', 'a', 0, 3, 0, 30), frame('fb', 'b', 3, 3, 0, 30, { headline: { direction: 'vertical', columns: 1, weight: 3, side: 'right' } })],
      ]),
    )
    const tagged = made.layout.pages[0]!.lines.filter((l) => l.structure)
    const storyOf = (l: Line) => (l.x < grid.left + 3 * grid.columnWidth ? 'a' : 'b')
    const stories = new Map<number, Set<string>>()
    for (const l of tagged) stories.set(l.structure!.element, (stories.get(l.structure!.element) ?? new Set()).add(storyOf(l)))
    expect([...stories].filter(([, s]) => s.size > 1).map(([e]) => e), 'elements with lines of both stories').toEqual([])
    for (const [title, key] of [['甲稿', 'a'], ['乙稿', 'b']] as const) {
      const head = tagged.find((l) => l.text === title)
      expect(head?.structure?.type, `${title} is an H1`).toBe('H1')
      const body = tagged.filter((l) => storyOf(l) === key && l.role === 'body').map((l) => l.structure!.element)
      expect(body.length).toBeGreaterThan(0)
      expect(Math.min(...body)).toBeGreaterThan(head!.structure!.element)
    }
    // The 竖题's lines (主题 and 副题) are one heading.
    expect(new Set(tagged.filter((l) => l.vertical).map((l) => `${l.structure!.type} ${l.structure!.element}`)).size).toBe(1)
  })

  it('composing again after one article changes re-sets only that article’s frames', () => {
    const compose = createPageComposer(fonts, BUILTIN_TEMPLATES)
    const first = doc({ a: story('甲', 4, 30), b: story('乙', 4, 30) }, [[frame('fa', 'a', 0, 3, 0, 30), frame('fb', 'b', 3, 3, 0, 30)]])
    const before = compose({ doc: first, preset, images: {} }).layout.pages[0]!.lines
    const edited = { ...first, articles: { ...first.articles, b: story('乙', 4, 31) } }
    const after = compose({ doc: edited, preset, images: {} }).layout.pages[0]!.lines
    const of = (lines: readonly Line[], left: number) => lines.filter((l) => l.role === 'body' && (left ? l.x > grid.left + 3 * grid.columnWidth : l.x < grid.left + 3 * grid.columnWidth))
    // The untouched story's lines are the very objects placed before; the edited one's are new.
    of(after, 0).forEach((l, i) => expect(l).toBe(of(before, 0)[i]))
    expect(of(after, 1)[0]).not.toBe(of(before, 1)[0])
  })
})
