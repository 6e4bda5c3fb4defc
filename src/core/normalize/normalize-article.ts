import type { Article, ArticleBundle } from '../model/article'
import type { Change } from './change'
import { applyToInlines } from './inline-edits'
import { textEdits } from './text-edits'
import { inlineText } from '../model/text'
import { mapUnits, textUnits, unitKey } from './text-units'

/**
 * Normalisation as a separate, reviewable step (design §2): suggestions are computed against an
 * article; applying all of them is `normalizeArticle`, applying some is `applyChanges`, and
 * `revertChanges` undoes chosen ones afterwards. Wording never changes, only punctuation and spacing.
 */

export function suggestChanges(article: Article): Change[] {
  const changes: Change[] = []
  for (const unit of textUnits(article))
    for (const e of textEdits(inlineText(unit.inlines), unit.kind))
      changes.push({ at: unit.at, offset: e.offset, before: e.before, after: e.after, rule: e.rule })
  return changes
}

export function normalizeArticle(article: Article): { article: Article; changes: Change[] } {
  const changes = suggestChanges(article)
  return { article: applyChanges(article, changes), changes }
}

/**
 * Normalises an imported draft and records the changes in its import review, so they stay undoable in the
 * 导入检查 panel and reach the HTML package's changes.log after save, reopen and crash recovery.
 */
export function normalizeBundle(bundle: ArticleBundle): ArticleBundle {
  const { article, changes } = normalizeArticle(bundle.article)
  const review = bundle.review ?? { source: { name: '', format: 'banxin' }, dropped: [], guesses: [], changes: [] }
  return { ...bundle, article, review: { ...review, changes: [...review.changes, ...changes] } }
}

function byUnit(changes: readonly Change[]): Map<number, Change[]> {
  const map = new Map<number, Change[]>()
  for (const c of changes) {
    const key = unitKey(c.at)
    const list = map.get(key)
    if (list) list.push(c)
    else map.set(key, [c])
  }
  return map
}

/** Applies chosen suggestions (as computed by `suggestChanges` on this same article): fix one, fix all. */
export function applyChanges(article: Article, changes: readonly Change[]): Article {
  const grouped = byUnit(changes)
  return mapUnits(article, (unit) => {
    const list = grouped.get(unitKey(unit.at))
    return list ? applyToInlines(unit.inlines, list) : undefined
  })
}

/**
 * Where each change of `toRevert` stands now in an article produced by applying `applied` (the changes now in
 * effect, which include them): offsets shift by the changes before them in the same text. `edits` undo the ones
 * still there; a change whose result is no longer there (the text was edited since) is skipped and returned.
 */
export function revertEdits(
  article: Article,
  applied: readonly Change[],
  toRevert: readonly Change[],
): { edits: Change[]; skipped: Change[] } {
  const edits: Change[] = []
  const skipped: Change[] = []
  const appliedBy = byUnit(applied)
  const revertBy = byUnit(toRevert)
  const units = textUnits(article)
  const present = new Set(units.map((u) => unitKey(u.at)))
  for (const [key, list] of revertBy) if (!present.has(key)) skipped.push(...list)
  for (const unit of units) {
    const list = revertBy.get(unitKey(unit.at))
    if (!list) continue
    const text = inlineText(unit.inlines)
    const earlier = appliedBy.get(unitKey(unit.at)) ?? []
    for (const c of list) {
      const shift = earlier
        .filter((a) => a.offset < c.offset)
        .reduce((sum, a) => sum + a.after.length - a.before.length, 0)
      const offset = c.offset + shift
      if (text.slice(offset, offset + c.after.length) === c.after)
        edits.push({ at: c.at, offset, before: c.after, after: c.before, rule: c.rule })
      else skipped.push(c)
    }
  }
  return { edits, skipped }
}

/** Undoes `toRevert` (see `revertEdits`) in the article; what could not be undone is returned. */
export function revertChanges(
  article: Article,
  applied: readonly Change[],
  toRevert: readonly Change[],
): { article: Article; skipped: Change[] } {
  const { edits, skipped } = revertEdits(article, applied, toRevert)
  return { article: applyChanges(article, edits), skipped }
}
