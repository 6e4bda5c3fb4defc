import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BenchResult } from '../harness'
import { keystrokeToPaint } from '../keystroke'
import { HarnessApp } from '../../e2e/harness/app'
import { launchChromium } from '../../e2e/support/chromium'
import { writeBanxin } from '../../src/core/file/banxin-file'
import { article, paragraph, sectionHeading } from '../../src/core/model/build'
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/schema'

const SENTENCE = '记者从市有关部门获悉，今年全市持续推进民生实事项目，群众获得感、幸福感不断增强。'

function longDocument(paragraphs: number): Uint8Array {
  const blocks = []
  for (let i = 0; i < paragraphs; i++) {
    if (i % 25 === 0) blocks.push(sectionHeading(`第${i / 25 + 1}部分小标题`, '为基准测试添内容'))
    blocks.push(paragraph(SENTENCE.repeat(2)))
  }
  return writeBanxin({ article: article({ title: '预览基准稿' }, blocks), assetData: {} })
}

/**
 * Issue 7: the previews must never delay typing. Keystroke-to-paint at 300 paragraphs with the preview
 * closed, with the portal preview and with the print preview open.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-bench-app-'))
  const file = join(dir, 'bench.banxin')
  writeFileSync(file, longDocument(300))
  const browser = await launchChromium()
  const results: BenchResult[] = []
  const layouts: [string, Settings['layout']][] = [
    ['editor alone', { previewOpen: false, previewMode: 'portal', previewWidth: 520 }],
    ['with portal preview', { previewOpen: true, previewMode: 'portal', previewWidth: 520 }],
    ['with print preview', { previewOpen: true, previewMode: 'print', previewWidth: 520 }],
  ]
  let alone = 0
  try {
    for (const [name, layout] of layouts) {
      const userDataDir = mkdtempSync(join(tmpdir(), 'banxin-bench-ud-'))
      writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, layout }))
      const app = await HarnessApp.launch(browser, { userDataDir, startupFiles: [file] })
      const { page } = app
      await page.locator('.bx-paragraph').nth(150).click()
      await page.keyboard.press('End')
      // Let the previews settle first, as they would after opening.
      await page.waitForTimeout(2500)
      const figures = await keystrokeToPaint(page, 60)
      if (name === 'editor alone') alone = figures.p50
      results.push({
        name: `keystroke-to-paint, 300 paragraphs, ${name}`,
        medianMs: figures.p50,
        runs: figures.samples,
        ...(name === 'editor alone' ? {} : { goalMs: Math.round(alone * 1.1 * 10) / 10 }),
        extra: { p95: figures.p95.toFixed(1) },
      })
      await app.close()
    }
  } finally {
    await browser.close()
  }
  return results
}
