/**
 * How sure the recogniser is of a role (docs/import.md, "Evidence"). Each thing it saw about a line is a cue
 * with a weight in log-odds: positive for the role, negative against it. The weights add up, and the
 * logistic function turns the sum into a confidence between 0 and 1; the cues, in order, are the reason
 * the review panel and `banxin import --report` show. A cue of weight 0 explains without moving the score.
 */

export interface Cue {
  /** What was seen, in the words the user reads (Chinese). */
  seen: string
  weight: number
}

export const cue = (seen: string, weight: number): Cue => ({ seen, weight })

/** Log-odds weights, named so the rules read as evidence rather than as numbers. */
export const STRONG = 3
export const GOOD = 2
export const SOME = 1
export const WEAK = 0.5

export interface Decision {
  reason: string
  confidence: number
}

/** The cues' weights added up, in log-odds: which of two readings the evidence favours. */
export const scoreOf = (cues: readonly Cue[]): number => cues.reduce((sum, c) => sum + c.weight, 0)

/** The cues → a reason and a confidence (0–1, two decimals). */
export function decide(cues: readonly Cue[]): Decision {
  const score = scoreOf(cues)
  const confidence = Math.round(100 / (1 + Math.exp(-score))) / 100
  return { reason: cues.map((c) => c.seen).join('；'), confidence }
}
