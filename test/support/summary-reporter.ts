import { mkdirSync, writeFileSync } from 'node:fs'
import type { Reporter, TestModule } from 'vitest/node'

/**
 * Vitest reporter: lists every skipped test with the reason it gave (`ctx.skip(condition, reason)`), and
 * writes the run's counts to test-summary/unit.json for `npm test`'s closing line (scripts/test-summary.js).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    const skipped: { name: string; reason?: string }[] = []
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result()
        if (result.state === 'passed') passed++
        else if (result.state === 'failed') failed++
        else if (result.state === 'skipped') skipped.push({ name: `${test.module.moduleId.replace(`${process.cwd()}/`, '')} › ${test.fullName}`, ...(result.note ? { reason: result.note } : {}) })
      }
    }
    if (skipped.length) {
      console.log(`\n${skipped.length} unit test${skipped.length > 1 ? 's' : ''} skipped:`)
      for (const s of skipped) console.log(`  - ${s.name}: ${s.reason ?? 'NO REASON GIVEN'}`)
    }
    mkdirSync('test-summary', { recursive: true })
    writeFileSync('test-summary/unit.json', JSON.stringify({ passed, failed, skipped }, null, 2))
  }
}
