// The last step of `npm test`: one closing line with the counts of both suites, and every skipped test
// with its reason. A skip without a reason fails the run: a test that does not run must say why.
// `node scripts/test-summary.js start` clears the previous run's counts (the first step of `npm test`).
import { existsSync, readFileSync, rmSync } from 'node:fs'

const DIR = 'test-summary'
if (process.argv[2] === 'start') {
  rmSync(DIR, { recursive: true, force: true })
  process.exit(0)
}

// A suite that did not get to run (an earlier step failed) is named, and the run fails.
const missing = ['unit', 'e2e'].filter((name) => !existsSync(`${DIR}/${name}.json`))
const suites = ['unit', 'e2e'].filter((name) => !missing.includes(name)).map((name) => ({ name, ...JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) }))

const passed = suites.reduce((n, s) => n + s.passed, 0)
const failed = suites.reduce((n, s) => n + s.failed, 0)
const skipped = suites.flatMap((s) => s.skipped.map((t) => ({ ...t, suite: s.name })))
const silent = skipped.filter((t) => !t.reason)

console.log('')
for (const name of missing) console.error(`${name}: did not run`)
for (const s of suites) console.log(`${s.name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped.length} skipped`)
if (skipped.length) {
  console.log(`${skipped.length} tests skipped:`)
  for (const t of skipped) console.log(`  - [${t.suite}] ${t.name}: ${t.reason ?? 'NO REASON GIVEN'}`)
}
if (silent.length) console.error(`${silent.length} skipped tests give no reason: skip with ctx.skip(condition, reason) or test.skip(condition, reason).`)
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped.length} skipped`)
process.exit(failed || silent.length || missing.length ? 1 : 0)
