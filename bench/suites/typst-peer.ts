/**
 * The peer a user would pick instead for print (issue 15, Speed): Typst 0.14 through its npm build
 * (@myriaddreamin/typst-ts-node-compiler), run in the same bench as `banxin export`, on the same text,
 * with the same font files, each as a cold process. Goals: Banxin ≤ 0.4× Typst's time for the user's
 * sample and ≤ 0.5× for a 60-page text. The Typst document is the text as plain paragraphs (A4, 12 pt,
 * justified, 2-em indent), so Typst's side is its floor: no templates, headings or meta to set.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { blockText } from '../../src/core/model/text'
import { gongwenArticle, hasUserSample, punctuationArticle, USER_SAMPLE } from '../../test/fixtures/typeset/fixtures'
import { median, type BenchResult } from '../harness'

const root = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(root, 'bin/banxin.js')
const require = createRequire(import.meta.url)

/** The bundled fonts Banxin sets with, given to Typst too, so both embed the same faces. */
function fontDirs(): string[] {
  const serif = dirname(require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'))
  const serifBold = dirname(require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'))
  return [serif, serifBold]
}

/** A cold Typst process: load the compiler and the fonts, compile, write the PDF. */
const TYPST_CHILD = `
const { NodeCompiler } = require(process.argv[1])
const fs = require('node:fs')
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: JSON.parse(process.argv[2]) }] })
fs.writeFileSync(process.argv[4], compiler.pdf({ mainFileContent: fs.readFileSync(process.argv[3], 'utf8') }))
`

function typstSource(text: string): string {
  const [title = '', ...paragraphs] = text.split(/\n+/).map((l) => l.trim()).filter(Boolean)
  // Typst markup: escape the characters that start markup so the text stays text.
  const esc = (s: string) => s.replace(/[\\#*_`$<>@=\-+/[\]~]/g, (c) => `\\${c}`)
  return [
    '#set page(paper: "a4", margin: (x: 28.8mm, y: 25mm))',
    '#set text(font: "Noto Serif SC", size: 12pt, lang: "zh", region: "cn")',
    '#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.9em)',
    `#align(center, text(size: 18pt, weight: "bold")[${esc(title)}])`,
    ...paragraphs.map(esc),
  ].join('\n\n')
}

/** About 60 A4 pages of the project's own fixture paragraphs, as a .txt draft. */
function sixtyPages(): string {
  const paragraphs = [...punctuationArticle().blocks, ...gongwenArticle().blocks].filter((b) => b.type === 'paragraph').map(blockText)
  const lines = ['六十页的长文']
  for (let i = 0; lines.length < 660; i++) lines.push(paragraphs[i % paragraphs.length]!)
  return lines.join('\n\n') + '\n'
}

interface Run {
  wallMs: number
  /** The child's user + system CPU time, where the system reports it (Linux). */
  cpuMs?: number
}

/** CPU time of this process's waited-for children so far (Linux /proc: cutime + cstime, in clock ticks of 10 ms). */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return undefined
  }
}

function cold(args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const cpu0 = childrenCpuMs()
  const t0 = performance.now()
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env })
  const wallMs = performance.now() - t0
  if (r.status !== 0) throw new Error(r.stderr.split('\n').find((l) => l.trim()) ?? `exit ${r.status}`)
  const cpu1 = childrenCpuMs()
  return cpu0 === undefined || cpu1 === undefined ? { wallMs } : { wallMs, cpuMs: cpu1 - cpu0 }
}

/**
 * Both commands once unmeasured, then `runs` times each, alternating (and which goes first), so that
 * on a shared machine both see the same load: run back to back, a change of load between the two
 * series shows up as a ratio.
 */
function sideBySide(runs: number, a: () => Run, b: () => Run): [Run[], Run[]] {
  a()
  b()
  const as: Run[] = []
  const bs: Run[] = []
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      bs.push(b())
      as.push(a())
    } else {
      as.push(a())
      bs.push(b())
    }
  }
  return [as, bs]
}

const medianOf = (runs: Run[], key: keyof Run): number | undefined =>
  runs.every((r) => r[key] !== undefined) ? median(runs.map((r) => r[key]!)) : undefined

const load = () => loadavg()[0]!.toFixed(1)

export async function run(): Promise<BenchResult[]> {
  let compiler: string
  try {
    compiler = require.resolve('@myriaddreamin/typst-ts-node-compiler')
  } catch {
    process.stdout.write('(Typst peer not installed: @myriaddreamin/typst-ts-node-compiler; run npm ci)\n')
    return []
  }
  if (!existsSync(join(root, 'out/cli/banxin.cjs'))) {
    process.stdout.write('(banxin CLI not built; run `npm run build` for the Typst comparison)\n')
    return []
  }
  const dir = mkdtempSync(join(tmpdir(), 'banxin-bench-typst-'))
  const results: BenchResult[] = []
  try {
    const texts: [string, string, number, number][] = [
      hasUserSample()
        ? ['the user’s sample', readFileSync(USER_SAMPLE, 'utf8'), 0.4, 7]
        : ['the seed text (../shared absent: no user sample)', sixtyPages().split('\n\n').slice(0, 12).join('\n\n'), 0.4, 7],
      ['a 60-page text', sixtyPages(), 0.5, 5],
    ]
    for (const [name, text, goal, runs] of texts) {
      const slug = name.startsWith('a 60') ? 'sixty' : 'sample'
      const txt = join(dir, `${slug}.txt`)
      const typ = join(dir, `${slug}.typ`)
      writeFileSync(txt, text)
      writeFileSync(typ, typstSource(text))
      const loadBefore = load()
      const [banxinRuns, typstRuns] = sideBySide(
        runs,
        // A code cache of its own, written by the unmeasured first run, as a user's is after their first
        // export: in the shared cache folder another build of banxin run meanwhile replaces it.
        () => cold([CLI, 'export', txt, '--pdf', join(dir, `${slug}.pdf`)], { ...process.env, BANXIN_CACHE_DIR: join(dir, 'cache') }),
        () => cold(['-e', TYPST_CHILD, compiler, JSON.stringify(fontDirs()), typ, join(dir, `${slug}-typst.pdf`)]),
      )
      const banxin = medianOf(banxinRuns, 'wallMs')!
      const typst = medianOf(typstRuns, 'wallMs')!
      const [banxinCpu, typstCpu] = [medianOf(banxinRuns, 'cpuMs'), medianOf(typstRuns, 'cpuMs')]
      const cpu = (ms: number | undefined): Record<string, number> => (ms === undefined ? {} : { cpuMs: Math.round(ms) })
      const ratio = banxin / typst
      results.push({ name: `${name} → PDF, cold banxin export`, medianMs: banxin, runs, extra: cpu(banxinCpu) })
      results.push({ name: `  Typst 0.14 (npm), same text and fonts`, medianMs: typst, runs, extra: cpu(typstCpu) })
      results.push({
        name: `  ratio Banxin / Typst`,
        medianMs: banxin,
        runs,
        extra: {
          ratio: ratio.toFixed(2),
          goalRatio: goal,
          met: ratio <= goal ? 'yes' : 'NO',
          ...(banxinCpu && typstCpu ? { cpuRatio: (banxinCpu / typstCpu).toFixed(2) } : {}),
          load: `${loadBefore}→${load()}`,
        },
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}
