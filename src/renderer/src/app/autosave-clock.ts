import { AUTOSAVE_MAX_WAIT_SECONDS } from '../../../core/settings/schema'

/**
 * When a document's autosave copy is due, as plain data over time (ms). A copy is written once typing
 * has paused for the user's chosen idle time, and at the latest `AUTOSAVE_MAX_WAIT_SECONDS` after the first
 * edit it lacks, so steady typing is never more than a few seconds from a copy on disk (a pure debounce
 * writes nothing while someone keeps typing).
 */
export const AUTOSAVE_MAX_WAIT_MS = AUTOSAVE_MAX_WAIT_SECONDS * 1000

export interface AutosaveClock<T> {
  /** The version last sent to disk (or being written). */
  written?: T
  /** The version last seen, and when it appeared. */
  seen?: T
  changedAt: number
  /** When the first version not in `written` appeared; undefined while the copy is current. */
  since?: number
}

/** Notes the document's current version at `now`. */
export function observe<T>(clock: AutosaveClock<T>, version: T, now: number): AutosaveClock<T> {
  if (version === clock.seen) return clock
  return { ...clock, seen: version, changedAt: now, since: version === clock.written ? undefined : (clock.since ?? now) }
}

export function isDue(clock: AutosaveClock<unknown>, now: number, idleMs: number, maxWaitMs = AUTOSAVE_MAX_WAIT_MS): boolean {
  if (clock.since === undefined) return false
  return now - clock.changedAt >= idleMs || now - clock.since >= maxWaitMs
}

/** A write of the version last seen has started; edits after it start a new wait. */
export function startWrite<T>(clock: AutosaveClock<T>): AutosaveClock<T> {
  return { ...clock, written: clock.seen, since: undefined }
}

/** The write that started from `before` failed: the copy on disk is still the older one, and the wait runs on. */
export function writeFailed<T>(clock: AutosaveClock<T>, before: AutosaveClock<T>): AutosaveClock<T> {
  return { ...clock, written: before.written, since: Math.min(before.since ?? Infinity, clock.since ?? Infinity) }
}
