/**
 * `npm run bench`: every suite prints its figures; results are also written to bench/results/latest.json.
 * Speed goals live here, never in timed tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import type { BenchResult } from './harness'
import { printResults } from './harness'
import { run as importSuite } from './suites/import'
import { run as portalSuite } from './suites/portal'
import { run as typesetSuite } from './suites/typeset'
import { run as appSuite } from './suites/app'
import { run as editorSuite } from './suites/editor'
import { run as pagesSuite } from './suites/pages'
import { run as pageViewSuite } from './suites/page-view'
import { run as crashSuite } from './suites/crash'
import { run as typstSuite } from './suites/typst-peer'
import { run as hostileSuite } from './suites/hostile'

const suites: Record<string, () => Promise<BenchResult[]>> = {}
suites.import = importSuite
suites.portal = portalSuite
suites.typeset = typesetSuite
suites.app = appSuite
suites.editor = editorSuite
suites.pages = pagesSuite
suites['page-view'] = pageViewSuite
suites.crash = crashSuite
suites.typst = typstSuite
suites.hostile = hostileSuite

const only = process.argv.slice(2)
const all: BenchResult[] = []
for (const [name, run] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue
  const load = loadavg().map((l) => l.toFixed(1)).join(' ')
  process.stdout.write(`\n== ${name} ==  (load ${load} on ${availableParallelism()} cores)\n`)
  const results = await run()
  printResults(results)
  all.push(...results)
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/latest.json', JSON.stringify(all, null, 2))
