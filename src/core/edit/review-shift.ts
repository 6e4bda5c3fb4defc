import type { Change, ImportReview, TextAt } from '../model/review'

/**
 * The import review addresses the article's blocks by index and its text by offset, so it follows the document
 * as it is edited: blocks inserted, removed, merged or moved, and text typed or deleted before a listed change.
 * A guess about a block that is gone is gone with it; a change whose text was deleted is no longer listed.
 */
export type ReviewShift =
  | { insert: number }
  | { remove: number }
  /** Block `merge` joined onto the end of the one before it, whose text was `length` characters long. */
  | { merge: number; length: number }
  /**
   * Block `split` split in two: from `offset` in its line `line` on, its text goes to a new block after it (a
   * paragraph splits in its only line; a two-line heading splits between lines, at offset 0 of `line`).
   */
  | { split: number; line: number; offset: number }
  | { move: number; to: number }
  /** `delta` characters typed (positive) or deleted (negative) at `offset` in a block's line. */
  | { text: { block: number; line: number }; offset: number; delta: number }

/** Where block `index` is after the shift; undefined when it is gone. */
function blockAfter(index: number, shift: ReviewShift): number | undefined {
  if ('split' in shift) return index > shift.split ? index + 1 : index
  if ('insert' in shift) return index >= shift.insert ? index + 1 : index
  if ('remove' in shift) return index === shift.remove ? undefined : index > shift.remove ? index - 1 : index
  if ('merge' in shift) return index >= shift.merge ? index - 1 : index
  if ('move' in shift) {
    if (index === shift.move) return shift.to
    const without = index > shift.move ? index - 1 : index
    return without >= shift.to ? without + 1 : without
  }
  return index
}

/** Where a gap between blocks (before block `before`) is after the shift: it keeps standing before its block. */
function gapAfter(before: number, shift: ReviewShift): number {
  if ('split' in shift) return before > shift.split ? before + 1 : before
  if ('insert' in shift) return before >= shift.insert ? before + 1 : before
  if ('remove' in shift || 'merge' in shift) {
    const removed = 'remove' in shift ? shift.remove : shift.merge
    return before > removed ? before - 1 : before
  }
  if ('move' in shift) return blockAfter(before, shift) ?? before
  return before
}

/** A change's position in its text now: its offset (in the text without the listed changes) plus theirs. */
function positionNow(change: Change, sameText: readonly Change[]): number {
  let pos = change.offset
  for (const c of sameText) if (c.offset < change.offset) pos += c.after.length - c.before.length
  return pos
}

const sameLine = (at: TextAt, block: number, line: number) => !('field' in at) && at.block === block && at.line === line

function shiftText(changes: Change[], shift: Extract<ReviewShift, { text: unknown }>): Change[] {
  const { block, line } = shift.text
  const inLine = changes.filter((c) => sameLine(c.at, block, line))
  if (!inLine.length) return changes
  const out: Change[] = []
  for (const c of changes) {
    if (!sameLine(c.at, block, line)) {
      out.push(c)
      continue
    }
    const start = positionNow(c, inLine)
    const end = start + c.after.length
    if (shift.delta > 0) {
      if (shift.offset <= start) out.push({ ...c, offset: c.offset + shift.delta })
      else if (shift.offset >= end) out.push(c)
      // Typing inside a changed span leaves no trace of the change to undo.
      continue
    }
    const from = shift.offset
    const to = shift.offset - shift.delta
    if (to <= start) out.push({ ...c, offset: c.offset + shift.delta })
    else if (from >= end) out.push(c)
  }
  return out
}

/** How much the listed changes in a line lengthened it (negative: shortened). */
function lineDelta(changes: readonly Change[], block: number, line: number): number {
  let delta = 0
  for (const c of changes) if (sameLine(c.at, block, line)) delta += c.after.length - c.before.length
  return delta
}

function shiftChange(change: Change, shift: ReviewShift, changes: readonly Change[]): Change | undefined {
  if ('field' in change.at) return change
  if ('merge' in shift && change.at.block === shift.merge) {
    // Offsets count in the text without the listed changes: the joined text starts where that text of the block before ends.
    const before = shift.length - lineDelta(changes, shift.merge - 1, change.at.line)
    return { ...change, at: { block: shift.merge - 1, line: change.at.line }, offset: change.offset + before }
  }
  const block = blockAfter(change.at.block, shift)
  return block === undefined ? undefined : { ...change, at: { block, line: change.at.line } }
}

/** The changes after a block split: those in the text that went to the new block go with it. */
function splitChanges(changes: Change[], shift: Extract<ReviewShift, { split: number }>): Change[] {
  const { split, line, offset } = shift
  const inLine = changes.filter((c) => sameLine(c.at, split, line))
  // The changes that stay ahead of the split no longer come before the moved ones in their text.
  let stays = 0
  for (const c of inLine) if (positionNow(c, inLine) + c.after.length <= offset) stays += c.after.length - c.before.length
  return changes.flatMap((c) => {
    if ('field' in c.at || c.at.block !== split || c.at.line < line) return [shiftChange(c, shift, changes)!]
    if (c.at.line > line) return [{ ...c, at: { block: split + 1, line: c.at.line - line } }]
    const start = positionNow(c, inLine)
    if (start + c.after.length <= offset) return [c]
    // Split inside the changed span: like typing there, it leaves no change to undo.
    if (start < offset) return []
    return [{ ...c, at: { block: split + 1, line: 0 }, offset: c.offset + stays - offset }]
  })
}

/** The review as it stands after one edit of the document; the same object when the edit touches nothing listed. */
export function shiftReview(review: ImportReview, shift: ReviewShift): ImportReview {
  if ('text' in shift) {
    const changes = shiftText(review.changes, shift)
    return changes === review.changes ? review : { ...review, changes }
  }
  const dropped = review.dropped.map((d) => ({ ...d, before: gapAfter(d.before, shift) }))
  const guesses = review.guesses.flatMap((g) => {
    if ('field' in g.at) return [g]
    // A merged block is no longer the line that was guessed about.
    if ('merge' in shift && g.at.block === shift.merge) return []
    const block = blockAfter(g.at.block, shift)
    return block === undefined ? [] : [{ ...g, at: { block } }]
  })
  const changes = 'split' in shift ? splitChanges(review.changes, shift) : review.changes.flatMap((c) => shiftChange(c, shift, review.changes) ?? [])
  return { ...review, dropped, guesses, changes }
}
