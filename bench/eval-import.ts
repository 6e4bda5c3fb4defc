/**
 * `npm run eval:import`: imports every page of ../shared/fixtures/drafts and prints each ground-truth field
 * per page (✓/✗), field accuracy, chrome left in a body and 公文 closing parts lost. `--write-baseline`
 * records the fields that are right in test/import/eval-baseline.json, which the regression test holds.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  baselineOf,
  CORPUS_DIR,
  evaluateCorpus,
  hasCorpus,
  totals,
  type FieldName,
} from '../test/import/corpus-eval'

const BASELINE = fileURLToPath(new URL('../test/import/eval-baseline.json', import.meta.url))

if (!hasCorpus()) {
  console.log(
    `eval:import skipped: no corpus at ${CORPUS_DIR} (../shared/fixtures/drafts is not in this checkout)`,
  )
  process.exit(0)
}
const scores = await evaluateCorpus()
const columns: FieldName[] = [
  'title',
  'kicker',
  'subtitle',
  'date',
  'time',
  'author',
  'source',
  'editor',
  'headings',
  'body_first',
  'body_last',
  'body_paragraphs',
  'doc_number',
  'addressee',
  'attachments',
  'signer',
  'signed_date',
  'articles',
]
const short = (f: string) =>
  f
    .replace('body_', 'b.')
    .replace('paragraphs', 'paras')
    .replace('signed_date', 'signed')
    .replace('attachments', 'attach')
    .replace('doc_number', 'docno')
    .replace('addressee', 'addr')
console.log(['page'.padEnd(34), ...columns.map(short)].join(' '))
for (const s of scores) {
  const cells = columns.map((f) =>
    (s.fields[f] === undefined ? '·' : s.fields[f] ? '✓' : '✗').padEnd(short(f).length),
  )
  const notes = [...s.chromeLeft.map((c) => `chrome「${c}」`), ...s.closingLost.map((c) => `lost「${c}」`)]
  console.log([s.page.padEnd(34), ...cells].join(' ') + (notes.length ? '  ' + notes.join(' ') : ''))
}
const t = totals(scores)
console.log(`\nfields right: ${t.right}/${t.fields} (${((100 * t.right) / t.fields).toFixed(1)}%)`)
for (const f of columns) {
  const scored = scores.filter((s) => s.fields[f] !== undefined)
  console.log(`  ${f.padEnd(16)} ${scored.filter((s) => s.fields[f]).length}/${scored.length}`)
}
console.log(`chrome snippets left in a body: ${t.chromeLeft}`)
console.log(`公文 closing parts lost: ${t.closingLost}`)
if (process.argv.includes('--write-baseline')) {
  const limits = { chromeLeft: t.chromeLeft, closingLost: t.closingLost }
  writeFileSync(BASELINE, JSON.stringify({ _limits: limits, ...baselineOf(scores) }, null, 1) + '\n')
  console.log(`baseline written: ${BASELINE}`)
}
