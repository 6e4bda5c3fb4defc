import { mkdirSync, writeFileSync } from 'node:fs'

export interface SuiteSummary {
  passed: number
  failed: number
  skipped: { name: string; reason?: string }[]
}

/** Prints a suite's skipped tests with their reasons and keeps its counts for scripts/test-summary.js. */
export function writeSuiteSummary(suite: 'unit' | 'e2e', summary: SuiteSummary): void {
  const { skipped } = summary
  if (skipped.length) {
    console.log(`\n${skipped.length} ${suite} test${skipped.length > 1 ? 's' : ''} skipped:`)
    for (const s of skipped) console.log(`  - ${s.name}: ${s.reason ?? 'NO REASON GIVEN'}`)
  }
  mkdirSync('test-summary', { recursive: true })
  writeFileSync(`test-summary/${suite}.json`, JSON.stringify(summary, null, 2))
}
