import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Layout } from '../../../core/typeset/frame'
import { findPreset } from '../../../core/typeset/builtin-presets'
import { resolvePreset } from '../../../core/typeset/preset'
import { stressArticle } from '../../../../test/fixtures/typeset/fixtures'
import { hasCommand } from '../../../../test/fixtures/typeset/pdf-tools'
import { checkPdf } from '../../../../test/pdf/check-pdf'
import { GONGWEN_GRID } from '../../../../test/pdf/gongwen-grid'
import { isHan } from '../../../../test/pdf/kinsoku'
import { pdfLines } from '../../../../test/pdf/lines'
import { trimBoxes } from '../../../../test/pdf/page-boxes'
import type { PdfDocument } from '../../../../test/pdf/read-pdf'
import { readPdf } from '../../../../test/pdf/read-pdf'
import type { Rect } from '../../../../test/pdf/rect'
import { layoutBundle } from '../../layout/layout-bundle'
import { exportPdf } from './export-pdf'

/**
 * The stress fixture (dense marks, URLs, e-mail addresses, long Latin words, numbers with %) exported
 * and read back with the project's PDF check (test/pdf): no line starts or ends with a forbidden mark,
 * justification opens no gap between Han characters wider than ¼ em, every glyph of the text stays
 * in its column, and on the 公文 grid every character stands in its cell.
 */

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-stress-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/**
 * Where glyphs may be, page by page, in the PDF reader's coordinates: the columns of the type area for
 * text, and their own boxes for the lines that belong to no column (title block, running head, folio).
 * Where a preset sets an opening mark at a line's start in ½ em, the blank half it gives up lies
 * before the column: its glyph's box begins there, its ink does not.
 */
function columnFrames(layout: Layout, presetId: string, trims: readonly Rect[]): (page: number) => Rect[] {
  const preset = resolvePreset(findPreset(presetId))
  const { area, columns, twoSided, pageWidth } = preset
  const blank = (size: number) => (preset.trimLineStartOpening ? size / 2 : 0)
  return (number) => {
    const p = number - 1
    const trim = trims[p] ?? { left: 0, top: 0 }
    const left = (twoSided && p % 2 === 1 ? pageWidth - area.left - area.width : area.left) + trim.left
    const top = area.top + trim.top
    const cols = Array.from({ length: columns.count }, (_, c): Rect => {
      const x = left + c * (columns.width + columns.gap)
      // A pause or stop mark may hang ½ em past the column (clreq 行末点号悬挂).
      return { left: x - blank(preset.body.size), right: x + columns.width + preset.body.size / 2, top, bottom: top + area.height }
    })
    const own = layout.pages[p]!.lines
      .filter((l) => l.role === 'title' || l.role === 'furniture')
      .flatMap((l) => l.runs.map((r) => ({ left: l.start - blank(r.size) + trim.left, right: l.start + l.width + trim.left, top: r.y - r.size + trim.top, bottom: r.y + 0.2 * r.size + trim.top })))
    return [...cols, ...own]
  }
}

/** Per full line of Chinese text, the median gap justification leaves between two Han characters, em (as glyphcheck measures it). */
function hanGaps(doc: PdfDocument): { line: string; em: number }[] {
  return pdfLines(doc).flatMap((line) => {
    const gaps: number[] = []
    line.glyphs.forEach((g, i) => {
      const next = line.glyphs[i + 1]
      if (next && isHan(g.text) && isHan(next.text)) gaps.push((next.x - (g.x + g.advance)) / g.size)
    })
    if (gaps.length < 5) return []
    gaps.sort((a, b) => a - b)
    return [{ line: line.text, em: gaps[gaps.length >> 1]! }]
  })
}

describe('压力稿件从 PDF 读回', () => {
  for (const preset of ['a4', 'gongwen', 'newspaper']) {
    it(`${preset}：避头尾零错误，汉字间字距不超过四分之一字，字都在栏内`, async () => {
      const bundle = { article: stressArticle(), assetData: {} }
      const pdf = join(dir, `${preset}.pdf`)
      await writeFile(pdf, (await exportPdf(bundle, { preset })).bytes)
      const doc = await readPdf(pdf)
      const trims = hasCommand('qpdf') ? trimBoxes(pdf, doc) : []
      const grid = preset === 'gongwen' ? { grid: GONGWEN_GRID } : {}
      const r = checkPdf(doc, { ...(trims.length ? { trim: trims } : {}), ...grid, frames: columnFrames(layoutBundle(bundle, { preset }).layout, preset, trims) })
      expect(r.lineStartFaults, '行首禁则').toEqual([])
      expect(r.lineEndFaults, '行尾禁则').toEqual([])
      expect(r.outsideTrim, '字都在裁切框内').toEqual([])
      expect(r.outsideFrames, '字都在栏内').toEqual([])
      if (r.grid) {
        // GB/T 9704 §5.2.2: every character in a cell, —— and …… too, and a broken word's part centred in whole cells.
        expect(r.grid.cellFaults, '字都在字格上').toEqual([])
        expect(r.grid.countFaults, '整行都是 28 字').toEqual([])
        expect(r.grid.rowFaults, '行都在网格上').toEqual([])
      }
      const loose = hanGaps(doc).filter((g) => g.em > 0.25)
      expect(loose.map((g) => `「${g.line.slice(0, 16)}…」${g.em.toFixed(2)} 字`), '汉字间字距不超过四分之一字').toEqual([])
    })
  }
})
