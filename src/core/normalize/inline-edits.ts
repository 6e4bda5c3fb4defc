import type { Inline } from '../model/article'
import type { TextEdit } from './edit'

/**
 * Applies text edits to marked runs. An edit starting in a run replaces its text there; characters it
 * covers in following runs are removed. Runs left empty disappear (one empty run stays, as Slate needs one).
 */
export function applyToInlines(
  inlines: readonly Inline[],
  edits: readonly Pick<TextEdit, 'offset' | 'before' | 'after'>[],
): Inline[] {
  const runs = inlines.map((r) => ({ ...r }))
  const starts: number[] = []
  let pos = 0
  for (const r of runs) {
    starts.push(pos)
    pos += r.text.length
  }
  // From the end, and at one offset a replacement before an insertion, so earlier offsets stay valid.
  const sorted = edits.length > 1 ? [...edits].sort((a, b) => b.offset - a.offset || b.before.length - a.before.length) : edits
  for (const e of sorted) {
    let k = runs.length - 1
    while (k > 0 && starts[k]! > e.offset) k--
    let remove = e.before.length
    const local = e.offset - starts[k]!
    const run = runs[k]!
    const here = Math.min(remove, run.text.length - local)
    run.text = run.text.slice(0, local) + e.after + run.text.slice(local + here)
    remove -= here
    for (let j = k + 1; remove > 0 && j < runs.length; j++) {
      const cut = Math.min(remove, runs[j]!.text.length)
      runs[j]!.text = runs[j]!.text.slice(cut)
      remove -= cut
    }
  }
  const kept = runs.filter((r) => r.text)
  return kept.length ? kept : [{ text: '' }]
}
