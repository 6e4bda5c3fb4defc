/**
 * Issue 14: hostile and oversized inputs through the real `banxin` command, each a cold process, with its
 * wall time, CPU time and peak memory (read as it exits; on a shared machine the CPU time is the fairer
 * figure, and the goals are judged on wall time). Goals: every refusal
 * within 2 s and 300 MB; a 100,000-block article's HTML package under 30 s; a 10-million-character
 * paragraph to PDF under 30 s and 1.5 GB, or refused within 2 s. A 31 MB text must import and open again.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { strToU8, zipSync } from 'fflate'
import { writeBanxin } from '../../src/core/file/banxin-file'
import { sampleDocx } from '../../src/core/import/testing/sample-docx'
import { LIMITS } from '../../src/core/limits'
import { article, image, paragraph, sectionHeading } from '../../src/core/model/build'
import { pngClaiming } from '../../test/support/png-claims'
import { claimSize } from '../../test/support/zip-claims'
import type { BenchResult } from '../harness'

const root = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(root, 'bin/banxin.js')
const PEAK = join(root, 'bench/peak-memory.cjs')

const REFUSE = { ms: 2000, mb: 300 }

interface Case {
  name: string
  /** Writes the input into `dir` and returns the `banxin` arguments. */
  args(dir: string): string[] | Promise<string[]>
  /** What should happen: refused (exit 2 with a message) or done (exit 0). */
  expect: 'refused' | 'done'
  goal: { ms: number; mb: number }
}

const bundleFile = (dir: string, name: string, blocks: ReturnType<typeof paragraph>[], assets = {}, assetData = {}) => {
  const path = join(dir, name)
  writeFileSync(path, writeBanxin({ article: article({ title: '压力测试' }, blocks, assets), assetData }))
  return path
}

/** Paragraphs of 200 characters, as a .txt of about `bytes`. */
function ordinaryText(bytes: number): string {
  const para = '\u3000\u3000' + '记者从市政府新闻发布会上获悉，今年全市新建改建农村公路一千二百公里，'.repeat(6) + '。\n\n'
  return para.repeat(Math.floor(bytes / Buffer.byteLength(para)))
}

const CASES: Case[] = [
  {
    name: '31 MB text: import, then open the .banxin',
    expect: 'done',
    goal: { ms: 30_000, mb: 1500 },
    args: (dir) => {
      writeFileSync(join(dir, 'long.txt'), ordinaryText(31 * 1024 * 1024))
      return ['import', join(dir, 'long.txt'), '-o', join(dir, 'long.banxin')]
    },
  },
  {
    name: '33 MB text (over the import limit)',
    expect: 'refused',
    goal: REFUSE,
    args: (dir) => {
      writeFileSync(join(dir, 'huge.txt'), new Uint8Array(33 * 1024 * 1024).fill(0x41))
      return ['import', join(dir, 'huge.txt'), '-o', join(dir, 'huge.banxin')]
    },
  },
  {
    name: '32 MB of one-character lines (.txt)',
    expect: 'refused',
    goal: REFUSE,
    args: (dir) => {
      writeFileSync(join(dir, 'lines.txt'), '字\n'.repeat(Math.floor(LIMITS.textBytes / 4)))
      return ['import', join(dir, 'lines.txt'), '-o', join(dir, 'lines.banxin')]
    },
  },
  {
    name: `${LIMITS.blocks + 1} <p> (.html)`,
    expect: 'refused',
    goal: REFUSE,
    args: (dir) => {
      writeFileSync(join(dir, 'many.html'), '<p>字</p>'.repeat(LIMITS.blocks + 1))
      return ['import', join(dir, 'many.html'), '-o', join(dir, 'many.banxin')]
    },
  },
  {
    name: '.docx whose entries lie about their size',
    expect: 'refused',
    goal: REFUSE,
    args: (dir) => {
      const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(64 * 1024 * 1024) })
      writeFileSync(join(dir, 'bomb.docx'), claimSize(bomb, 1000))
      return ['import', join(dir, 'bomb.docx'), '-o', join(dir, 'bomb.banxin')]
    },
  },
  {
    name: '/dev/urandom as a draft',
    expect: 'refused',
    goal: REFUSE,
    args: (dir) => ['import', '/dev/urandom', '-o', join(dir, 'urandom.banxin')],
  },
  {
    name: '.docx with a 4×3 PNG (baseline for the next)',
    expect: 'done',
    goal: REFUSE,
    args: async (dir) => {
      writeFileSync(join(dir, 'small.docx'), await sampleDocx())
      return ['import', join(dir, 'small.docx'), '-o', join(dir, 'small.banxin')]
    },
  },
  {
    name: '.docx with a PNG claiming 100000×100000 (left out)',
    expect: 'done',
    goal: REFUSE,
    args: async (dir) => {
      writeFileSync(join(dir, 'photo.docx'), await sampleDocx(pngClaiming(100_000, 100_000)))
      return ['import', join(dir, 'photo.docx'), '-o', join(dir, 'photo.banxin')]
    },
  },
  {
    name: '.banxin with a PNG claiming 100000×100000 → PDF',
    expect: 'refused',
    goal: REFUSE,
    args: (dir) => {
      const path = bundleFile(dir, 'photo.banxin', [paragraph('正文。'), image('img1', '航拍')], { img1: { mime: 'image/png', name: '航拍.png', width: 400, height: 300 } }, { img1: pngClaiming(100_000, 100_000) })
      return ['export', path, '--pdf', join(dir, 'photo.pdf')]
    },
  },
  {
    name: '10,000,000-character paragraph → PDF',
    expect: 'refused',
    goal: REFUSE,
    args: (dir) => {
      const path = bundleFile(dir, 'paragraph.banxin', [paragraph('中文排版测试文字，'.repeat(1_111_112).slice(0, 10_000_000))])
      return ['export', path, '--pdf', join(dir, 'paragraph.pdf')]
    },
  },
  {
    name: '100,000-block article → HTML package',
    expect: 'done',
    goal: { ms: 30_000, mb: 1500 },
    args: (dir) => {
      const blocks = Array.from({ length: 100_000 }, (_, i) => (i % 50 === 0 ? sectionHeading(`第${i / 50 + 1}部分`) : paragraph(`第${i}段，这是一段用来测试的正文文字。`)))
      const path = bundleFile(dir, 'blocks.banxin', blocks)
      return ['export', path, '--html-package', join(dir, 'blocks.zip')]
    },
  },
]

function runCli(args: string[]): { ms: number; cpuMs: number; mb: number; status: number | null; said: string } {
  const t0 = performance.now()
  const child = spawnSync(process.execPath, ['--require', PEAK, CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = performance.now() - t0
  const usage = /BENCH_PEAK_KB=(\d+) BENCH_CPU_US=(\d+)/.exec(child.stderr)
  const said = (child.stderr.replace(usage?.[0] ?? '', '') + child.stdout).trim().split('\n')[0] ?? ''
  return { ms, cpuMs: usage ? Number(usage[2]) / 1000 : NaN, mb: usage ? Number(usage[1]) / 1024 : NaN, status: child.status, said }
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  for (const c of CASES) {
    const dir = mkdtempSync(join(tmpdir(), 'banxin-hostile-'))
    try {
      const run = runCli(await c.args(dir))
      const outcome = run.status === 0 ? 'done' : run.status === 2 ? 'refused' : `crashed (exit ${run.status})`
      const met = outcome === c.expect && run.ms <= c.goal.ms && run.mb <= c.goal.mb
      results.push({
        name: c.name,
        medianMs: run.ms,
        runs: 1,
        goalMs: c.goal.ms,
        extra: {
          'cpu ms': Math.round(run.cpuMs),
          'peak MB': Math.round(run.mb),
          'goal MB': c.goal.mb,
          outcome: `${outcome} (expected ${c.expect})`,
          goals: met ? 'met' : 'MISSED',
          ...(outcome === 'done' ? {} : { said: run.said.slice(0, 60) }),
        },
      })
      if (c.name.startsWith('31 MB')) {
        const reopen = runCli(['info', join(dir, 'long.banxin')])
        results.push({
          name: '31 MB text: open its .banxin again (banxin info)',
          medianMs: reopen.ms,
          runs: 1,
          extra: { 'cpu ms': Math.round(reopen.cpuMs), 'peak MB': Math.round(reopen.mb), outcome: reopen.status === 0 ? 'done' : `refused: ${reopen.said.slice(0, 60)}`, goals: reopen.status === 0 ? 'met' : 'MISSED' },
        })
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return results
}
