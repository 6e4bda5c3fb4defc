import { writeSuiteSummary, type SuiteSummary } from './suite-summary'
import type { Reporter, TestModule } from 'vitest/node'

/**
 * Vitest reporter: lists every skipped test with the reason it gave (`ctx.skip(condition, reason)`), and
 * writes the run's counts to test-summary/unit.json for `npm test`'s closing line (scripts/test-summary.js).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    const skipped: SuiteSummary['skipped'] = []
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result()
        if (result.state === 'passed') passed++
        else if (result.state === 'failed') failed++
        else if (result.state === 'skipped') skipped.push({ name: `${test.module.moduleId.replace(`${process.cwd()}/`, '')} › ${test.fullName}`, ...(result.note ? { reason: result.note } : {}) })
      }
    }
    writeSuiteSummary('unit', { passed, failed, skipped })
  }
}
