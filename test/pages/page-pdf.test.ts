import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/core/model/article'
import type { PageBundle } from '../../src/core/page/page'
import { findPagePreset } from '../../src/core/page/builtin-page-presets'
import { resolvePagePreset } from '../../src/core/page/page-preset'
import { reservedRows } from '../../src/core/makeup/grid'
import type { FrameReport } from '../../src/core/makeup/page-makeup'
import type { Rect as LayoutRect } from '../../src/core/typeset/paginate'
import { draftPageBundle } from '../../src/node/layout/draft-page-bundle'
import { exportPagePdf } from '../../src/node/export/pdf/export-pdf'
import { checkPdf } from '../pdf/check-pdf'
import { readPdf, type PdfDocument } from '../pdf/read-pdf'
import { trimBoxes } from '../pdf/page-boxes'
import type { Rect } from '../pdf/rect'
import { baselinePhases, columnEnds, glyphsIn, textOf } from '../pdf/frames'
import { hasCommand } from '../fixtures/typeset/pdf-tools'
import { storyBundle, STORIES } from '../fixtures/pages/pages'
import { headline, pageBundle } from '../fixtures/pages/front-page'

/**
 * Newspaper pages checked from the PDF read back with pdf.js (test/pdf), as a proofreader would check
 * the plate: every story whole and in reading order in its frame, nothing outside its column or frame,
 * columns ending together, and every body line of the page on one baseline grid.
 */

const preset = resolvePagePreset(findPagePreset('sikai'))
const { grid } = preset

/** What a frame must print, in reading order: its headline stack, its spanned image's caption, then its text. */
function expectedText(a: Article, frame: { figure?: unknown }, head: 'all' | 'none' = 'all'): string {
  const { kicker, title, subtitle, byline } = a.meta
  const image = a.blocks.find((b) => b.type === 'image')
  const caption = frame.figure && image?.type === 'image' ? [image.caption, image.credit].join('') : ''
  const body = a.blocks.map((b) => (b.type === 'paragraph' ? b.children.map((c) => c.text).join('') : b.type === 'image' && !frame.figure ? [b.caption, b.credit].join('') : '')).join('')
  return ((head === 'all' ? [kicker, title, subtitle].join('') : '') + caption + (byline ?? '') + body).replace(/\s/gu, '')
}

const toReader = (r: LayoutRect, trim: Rect): Rect => ({ left: trim.left + r.left, top: trim.top + r.top, right: trim.left + r.left + r.width, bottom: trim.top + r.top + r.height })

async function exported(bundle: PageBundle): Promise<{ doc: PdfDocument; trims: Rect[]; frames: FrameReport[]; warnings: string[] }> {
  const result = await exportPagePdf(bundle, { creationDate: new Date('2025-05-01T08:00:00+08:00') })
  const path = join(mkdtempSync(join(tmpdir(), 'banxin-page-')), 'page.pdf')
  writeFileSync(path, result.bytes)
  const doc = await readPdf(path)
  return { doc, trims: trimBoxes(path, doc), frames: result.frames, warnings: result.warnings }
}

describe('四开版面：五篇稿件的自动初稿，从 PDF 读回检查', () => {
  it('没有超版；每篇稿件在自己的版框里完整、按阅读顺序；没有字越出栏或版框；栏底齐平；全版正文基线在同一行格上', async ({ skip }) => {
    skip(!hasCommand('qpdf'), 'qpdf not installed: it reads the TrimBox')
    const stories = STORIES.map((s) => ({ bundle: storyBundle(s), ...(s === 'vertical' ? { headline: 'vertical' as const } : {}) }))
    const drafted = draftPageBundle({
      stories,
      preset: findPagePreset('sikai'),
      paper: { name: '河川日报', serial: 'CN 50-0001', issue: 12345 },
      date: '2025-05-01',
      page: { number: 1, name: '要闻', masthead: true, editor: '周敏', designer: '李安' },
    })
    expect(drafted.unplaced, '排不下的稿件').toEqual([])
    const { page } = drafted.bundle
    const { doc, trims, frames } = await exported(drafted.bundle)
    const trim = trims[0]!
    expect(frames.map((f) => [f.title, f.overset, f.problems]), '超版与版框问题').toEqual(frames.map((f) => [f.title, 0, []]))
    expect(frames.some((f) => page.pages[0]!.frames.find((x) => x.id === f.id)!.headline.direction === 'vertical'), '有一篇竖题').toBe(true)
    expect(frames.some((f) => f.regions.figure), '有一篇配图').toBe(true)

    for (const f of frames) {
      const frame = page.pages[0]!.frames.find((x) => x.id === f.id)!
      const article = page.articles[f.article]!
      expect(textOf(glyphsIn(doc, 1, toReader(f.rect, trim))), `「${f.title}」的文字`).toBe(expectedText(article, frame))
      const columns = f.regions.columns.map((c) => toReader(c, trim))
      const ends = columnEnds(doc, 1, columns)
      expect(Math.max(...ends) - Math.min(...ends), `「${f.title}」的栏底 ${ends.map((e) => e.toFixed(1)).join(' / ')}`).toBeLessThanOrEqual(grid.pitch + 0.1)
    }

    const band = { left: trim.left + grid.left, top: trim.top + grid.top, right: trim.left + grid.left + grid.width, bottom: trim.top + grid.top + reservedRows(preset, page.pages[0]!) * grid.pitch }
    const allowed = [band, ...frames.flatMap((f) => [f.regions.head, f.regions.figure, ...f.regions.columns].filter((r) => r !== undefined).map((r) => toReader(r, trim)))]
    const report = checkPdf(doc, { trim: trims, frames: () => allowed })
    expect(report.outsideTrim, '裁切框外的字').toEqual([])
    expect(report.outsideFrames, '越出栏或版框的字').toEqual([])
    expect(report.fontFaults, '字体').toEqual([])

    const body = frames.flatMap((f) => f.regions.columns.flatMap((c) => glyphsIn(doc, 1, toReader(c, trim))))
    expect(body.length).toBeGreaterThan(1500)
    const phases = baselinePhases(body, trim.top + grid.top, grid.pitch)
    expect(Math.max(...phases) - Math.min(...phases), '正文基线在行格中的位置').toBeLessThan(0.01)
  })
})

describe('转版', () => {
  it('排不下的稿件转到第二版：下转、上接两行对得上，两处文字合起来完整', async ({ skip }) => {
    skip(!hasCommand('qpdf'), 'qpdf not installed: it reads the TrimBox')
    const bundle = pageBundle([
      [
        ['long', 0, 3, 0, 30, { headline: headline(3, 2) }],
        ['brief', 3, 3, 0, 30, { headline: headline(3, 3) }],
      ],
      [['long', 0, 4, 0, 40, { headline: headline(4, 4) }]],
    ])
    const { doc, trims, frames, warnings } = await exported(bundle)
    expect(frames.map((f) => [f.title, f.overset, f.problems])).toEqual(frames.map((f) => [f.title, 0, []]))
    expect(warnings).toEqual([])
    const [first, , second] = frames
    const article = bundle.page.articles.long!
    const one = textOf(glyphsIn(doc, 1, toReader(first!.rect, trims[0]!)))
    const two = textOf(glyphsIn(doc, 2, toReader(second!.rect, trims[1]!)))
    expect(one.endsWith('（下转第二版）'), `第一版末行：…${one.slice(-12)}`).toBe(true)
    const title = article.meta.title.replace(/\s/gu, '')
    expect(two.startsWith(title + '（上接第一版）'), `第二版开头：${two.slice(0, 20)}…`).toBe(true)
    const whole = expectedText(article, {})
    expect(one.slice(0, -'（下转第二版）'.length) + two.slice(title.length + '（上接第一版）'.length)).toBe(whole)
  })
})
