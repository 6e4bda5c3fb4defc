/** Where a block's line starts in the decoded source text, both 1-based (plain-text drafts only). */
export interface SourcePosition {
  line: number
  column: number
  /** A paragraph joined from hard-wrapped lines goes on at `line`:`column` from its character `offset`. */
  continues?: { offset: number; line: number; column: number }[]
}

/**
 * The position of character `offset` of a block or line that starts at `at`, as the position of a text
 * that starts there: on a later source line when a hard-wrapped paragraph was joined before it.
 */
export function positionAt(at: SourcePosition, offset: number): SourcePosition {
  const on = at.continues?.filter((c) => c.offset <= offset).at(-1)
  const start = on ? { line: on.line, column: on.column + offset - on.offset } : { line: at.line, column: at.column + offset }
  const after = at.continues?.filter((c) => c.offset > offset).map((c) => ({ ...c, offset: c.offset - offset }))
  return after?.length ? { ...start, continues: after } : start
}
