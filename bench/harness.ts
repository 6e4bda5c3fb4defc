import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'

export interface BenchResult {
  name: string
  /** Median in milliseconds. */
  medianMs: number
  runs: number
  /** The goal in milliseconds, when the issue sets one. */
  goalMs?: number
  /** Anything else worth printing (peak memory, page count …). */
  extra?: Record<string, string | number>
  /**
   * The machine's 1-minute load average when the runs ended: on 2 shared cores a median measured under a
   * load of 10 is several times the quiet figure, so every figure says what it was measured under.
   */
  load?: number
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the median. */
export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  opts: { runs?: number; warmup?: number; goalMs?: number; extra?: BenchResult['extra'] } = {},
): Promise<BenchResult> {
  const runs = opts.runs ?? 7
  for (let i = 0; i < (opts.warmup ?? 2); i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  return { name, medianMs: median(times), runs, goalMs: opts.goalMs, extra: opts.extra, load: loadavg()[0] }
}

export function printResults(results: BenchResult[]): void {
  for (const r of results) {
    const goal = r.goalMs === undefined ? '' : r.medianMs <= r.goalMs ? `  (goal ≤ ${r.goalMs} ms: met)` : `  (goal ≤ ${r.goalMs} ms: MISSED)`
    const extra = r.extra ? '  ' + Object.entries(r.extra).map(([k, v]) => `${k}=${v}`).join(' ') : ''
    const load = r.load === undefined ? '' : `  load=${r.load.toFixed(1)}`
    process.stdout.write(`${r.name.padEnd(48)} ${r.medianMs.toFixed(1).padStart(9)} ms median of ${r.runs}${goal}${extra}${load}\n`)
  }
}
