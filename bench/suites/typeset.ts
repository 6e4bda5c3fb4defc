/**
 * Typesetting + PDF (issue 4): the seed article as a cold CLI process (goal ≤ 400 ms median), warm
 * in-process re-typesetting (goal ≤ 50 ms), a generated 300-page book in a fresh process (goal ≤ 5 s,
 * ≤ 500 MB peak), and Chromium's --print-to-pdf of the same articles as HTML where Chromium exists.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import type { Article, Block } from '../../src/core/model/article'
import { article as makeArticle, sectionHeading } from '../../src/core/model/build'
import { inlineText } from '../../src/core/model/text'
import { writeBanxin } from '../../src/core/file/banxin-file'
import { validateArticle } from '../../src/core/model/schema'
import { BUILTIN_TEMPLATES } from '../../src/core/styles/builtin-templates'
import { findPreset } from '../../src/core/typeset/builtin-presets'
import { resolvePreset } from '../../src/core/typeset/preset'
import { typeset } from '../../src/core/typeset/typeset'
import { createFontRegistry } from '../../src/node/fonts/font-registry'
import { exportPdf, exportPdfToFile } from '../../src/node/export/pdf/export-pdf'
import { gongwenArticle, punctuationArticle } from '../../test/fixtures/typeset/fixtures'
import { measure, median, type BenchResult } from '../harness'

const root = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(root, 'bin/banxin.js')
const CLI_BUNDLE = join(root, 'out/cli/banxin.cjs')
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']

function seedArticle(): Article {
  const checked = validateArticle(JSON.parse(readFileSync(join(root, 'resources/examples/example.json'), 'utf8')))
  if (!checked.ok) throw new Error(checked.errors.join('\n'))
  return checked.value
}

/** About 300 A4 pages: the fixtures' paragraphs again and again, a section heading every dozen. */
function bookArticle(): Article {
  const paragraphs = [...punctuationArticle().blocks, ...gongwenArticle().blocks].filter((b) => b.type === 'paragraph')
  const blocks: Block[] = []
  for (let i = 0; blocks.length < 3300; i++) {
    if (i % 12 === 0) blocks.push(sectionHeading(`第${i / 12 + 1}部分`, '街巷里的烟火气'))
    blocks.push(paragraphs[i % paragraphs.length]!)
  }
  return makeArticle({ title: '三百页的书', author: '版心' }, blocks)
}

/** The same article as plain HTML for Chromium: A4, 12 pt, justified, 2-em indent, the bundled fonts' system twins. */
function articleHtml(a: Article): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const body = a.blocks
    .map((b) => (b.type === 'section-heading' ? `<h2>${b.children.map((l) => esc(inlineText(l.children))).join('<br>')}</h2>` : 'children' in b && b.type !== 'image' ? `<p>${esc(inlineText(b.children as never))}</p>` : ''))
    .join('\n')
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
@page { size: A4; margin: 25mm 28.8mm }
body { font: 12pt/1.7 "Noto Serif CJK SC", serif; text-align: justify }
p { margin: 0; text-indent: 2em } h1, h2 { text-align: center } h2 { font: bold 13.8pt/1.4 "Noto Sans CJK SC", sans-serif }
</style><h1>${esc(a.meta.title)}</h1>${body}</html>`
}

function timed(cmd: string, args: readonly string[], env?: NodeJS.ProcessEnv): { ms: number; ok: boolean; stderr: string } {
  const t0 = performance.now()
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: env && { ...process.env, ...env } })
  return { ms: performance.now() - t0, ok: r.status === 0, stderr: r.stderr }
}

/** The CLI's peak memory (maximum resident set), measured by GNU time where it is installed. */
function peakOfCli(draft: string, out: string, cacheDir: string): BenchResult['extra'] {
  if (!existsSync('/usr/bin/time')) return undefined
  const r = spawnSync('/usr/bin/time', ['-f', 'peakKB=%M', process.execPath, CLI, 'export', draft, '--pdf', out], { encoding: 'utf8', env: { ...process.env, BANXIN_CACHE_DIR: cacheDir } })
  const kb = Number(r.stderr.match(/peakKB=(\d+)/)?.[1])
  return kb ? { peakMB: Math.round(kb / 1024) } : undefined
}

function medianOf(name: string, runs: number, fn: () => number, opts: { goalMs?: number; extra?: BenchResult['extra'] } = {}): BenchResult {
  fn()
  const times = Array.from({ length: runs }, fn)
  return { name, medianMs: median(times), runs, goalMs: opts.goalMs, extra: opts.extra }
}

/** Child mode: export one .banxin and report time and peak memory of this whole process. */
async function child(draft: string, out: string): Promise<void> {
  const { readBanxin } = await import('../../src/core/file/banxin-file')
  const t0 = performance.now()
  const result = await exportPdfToFile(readBanxin(new Uint8Array(readFileSync(draft))), out)
  const ms = performance.now() - t0
  process.stdout.write(JSON.stringify({ ms, pages: result.pages, peakMb: process.resourceUsage().maxRSS / 1024 }))
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-bench-typeset-'))
  const results: BenchResult[] = []
  try {
    const seed = seedArticle()
    const seedDraft = join(dir, 'seed.banxin')
    writeFileSync(seedDraft, writeBanxin({ article: seed, assetData: {} }))

    // 1. Cold CLI process, seed-sized article: `banxin export` as a user runs it. The first run after a
    // build compiles the bundle and keeps V8's code cache (src/cli/launch.ts); the runs after it use it.
    const cacheDir = join(dir, 'v8-cache')
    const exportSeed = () => timed(process.execPath, [CLI, 'export', seedDraft, '--pdf', join(dir, 'seed.pdf')], { BANXIN_CACHE_DIR: cacheDir })
    const cli = existsSync(CLI_BUNDLE) ? exportSeed() : undefined
    if (cli?.ok) {
      results.push(medianOf('seed article → PDF, cold CLI process', 9, () => exportSeed().ms, { goalMs: 400, extra: peakOfCli(seedDraft, join(dir, 'seed.pdf'), cacheDir) }))
      const firstRun = () => {
        rmSync(cacheDir, { recursive: true, force: true })
        return exportSeed().ms
      }
      results.push(medianOf('  the same, first run after a build (no code cache)', 5, firstRun))
    } else {
      process.stdout.write(`(banxin CLI ${cli ? `failed: ${cli.stderr.split('\n').find((l) => l.trim()) ?? ''}` : 'not built'}; run \`npm run build\` for the cold-CLI figure)\n`)
    }

    // 2. Warm in-process: fonts parsed and measured once, as in the app's worker.
    const preset = resolvePreset(findPreset('a4'))
    const fonts = createFontRegistry()
    const layOut = () => typeset({ article: seed, preset, fonts, templates: BUILTIN_TEMPLATES })
    const pages = layOut().pages.length
    results.push(await measure('seed article re-typeset, warm', layOut, { runs: 21, warmup: 3, goalMs: 50, extra: { pages } }))
    results.push(await measure('seed article → PDF bytes, warm', () => exportPdf({ article: seed, assetData: {} }), { runs: 11, warmup: 2 }))
    for (const preset of ['gongwen', 'newspaper'])
      results.push(await measure(`  the same, ${preset} preset`, () => exportPdf({ article: seed, assetData: {} }, { preset }), { runs: 11, warmup: 2 }))

    // 3. A 300-page book in a fresh process (its own peak memory).
    const bookDraft = join(dir, 'book.banxin')
    const book = bookArticle()
    writeFileSync(bookDraft, writeBanxin({ article: book, assetData: {} }))
    const runs = Array.from({ length: 3 }, () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), bookDraft, join(dir, 'book.pdf')], { encoding: 'utf8', cwd: root })
      if (r.status !== 0) throw new Error(r.stderr)
      return JSON.parse(r.stdout) as { ms: number; pages: number; peakMb: number }
    })
    results.push({
      name: '300-page book → PDF, fresh process',
      medianMs: median(runs.map((r) => r.ms)),
      runs: runs.length,
      goalMs: 5000,
      extra: { pages: runs[0]!.pages, peakMB: Math.round(Math.max(...runs.map((r) => r.peakMb))), goalPeakMB: 500 },
    })

    // 4. Chromium's print-to-PDF of the same articles, for reference.
    if (existsSync(CHROMIUM)) {
      for (const [name, a, n] of [
        ['seed', seed, 5],
        ['300-page book', book, 1],
      ] as const) {
        const html = join(dir, `${name}.html`)
        writeFileSync(html, articleHtml(a))
        const print = () => timed(CHROMIUM, [...CHROMIUM_FLAGS, `--print-to-pdf=${join(dir, 'chromium.pdf')}`, '--no-pdf-header-footer', pathToFileURL(html).href]).ms
        results.push(medianOf(`Chromium --print-to-pdf, ${name} (reference)`, n, print))
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await child(process.argv[2]!, process.argv[3]!)
