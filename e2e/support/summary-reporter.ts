import { writeSuiteSummary, type SuiteSummary } from '../../test/support/suite-summary'
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/**
 * Playwright reporter: lists every skipped test with the reason it gave (`test.skip(condition, reason)`),
 * and writes the run's counts to test-summary/e2e.json for `npm test`'s closing line (scripts/test-summary.js).
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<TestCase, TestResult>()

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test, result)
  }

  onEnd(_result: FullResult): void {
    let passed = 0
    let failed = 0
    const skipped: SuiteSummary['skipped'] = []
    for (const [test, result] of this.outcomes) {
      if (result.status === 'passed') passed++
      else if (result.status === 'skipped') {
        const reason = test.annotations.find((a) => a.type === 'skip' || a.type === 'fixme')?.description
        skipped.push({ name: `${test.location.file.replace(`${process.cwd()}/`, '')} › ${test.titlePath().slice(3).join(' › ')}`, ...(reason ? { reason } : {}) })
      } else failed++
    }
    writeSuiteSummary('e2e', { passed, failed, skipped })
  }
}
