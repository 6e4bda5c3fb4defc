import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CORPUS_DIR, evaluateCorpus, hasCorpus, regressions, totals, type Baseline } from './corpus-eval'

/** The real-page corpus (../shared/fixtures/drafts): a field that was right must stay right. */
describe('the import corpus', () => {
  it('keeps every field the baseline has right, leaves no more chrome in a body and loses no 公文 closing part', async ({
    skip,
  }) => {
    skip(!hasCorpus(), `no corpus at ${CORPUS_DIR} (../shared/fixtures/drafts)`)
    const baseline = JSON.parse(
      readFileSync(new URL('./eval-baseline.json', import.meta.url), 'utf8'),
    ) as Baseline & { _limits: { chromeLeft: number; closingLost: number } }
    const { _limits: limits, ...fields } = baseline
    const scores = await evaluateCorpus()
    expect(regressions(scores, fields)).toEqual([])
    const t = totals(scores)
    expect(t.chromeLeft).toBeLessThanOrEqual(limits.chromeLeft)
    expect(t.closingLost).toBeLessThanOrEqual(limits.closingLost)
  }, 60_000)
})
