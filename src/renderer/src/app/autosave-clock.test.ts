import { describe, expect, it } from 'vitest'
import { AUTOSAVE_MAX_WAIT_MS, isDue, observe, startWrite, writeFailed, type AutosaveClock } from './autosave-clock'

/** Steady typing: a version every `gap` ms; returns when copies were started. */
function typeSteadily(gaps: number[], idleMs: number): number[] {
  let clock: AutosaveClock<number> = { changedAt: 0 }
  const starts: number[] = []
  let now = 0
  let version = 0
  let nextKey = 0
  for (const gap of gaps) {
    nextKey += gap
    // The autosave loop ticks every 250 ms between keys.
    for (; now < nextKey; now += 250) {
      if (isDue(clock, now, idleMs)) {
        starts.push(now)
        clock = startWrite(clock)
      }
    }
    clock = observe(clock, ++version, now)
  }
  return starts
}

describe('autosave while someone keeps typing', () => {
  it('writes a copy at least every 4 s even though typing never pauses for the idle time', () => {
    // A key every 0.4–1.5 s for 24 s with a 2 s idle setting: the debounce alone wrote nothing.
    const gaps = Array.from({ length: 30 }, (_, i) => [400, 1500, 700, 1100, 900][i % 5]!)
    const starts = typeSteadily(gaps, 2000)
    expect(starts.length).toBeGreaterThanOrEqual(5)
    const spans = starts.slice(1).map((t, i) => t - starts[i]!)
    for (const span of spans) expect(span).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS + 1500 + 250)
    expect(starts[0]).toBeLessThanOrEqual(400 + AUTOSAVE_MAX_WAIT_MS + 250)
  })

  it('writes after the idle time when typing stops, and not again until something changes', () => {
    let clock = observe<number>({ changedAt: 0 }, 1, 1000)
    expect(isDue(clock, 2900, 2000)).toBe(false)
    expect(isDue(clock, 3000, 2000)).toBe(true)
    clock = startWrite(clock)
    expect(isDue(clock, 60_000, 2000)).toBe(false)
    expect(observe(clock, 1, 70_000)).toBe(clock)
  })

  it('counts the wait from the first edit the copy lacks, not from the write', () => {
    let clock = observe<number>({ changedAt: 0 }, 1, 0)
    clock = startWrite(clock)
    clock = observe(clock, 2, 500)
    expect(clock.since).toBe(500)
    clock = observe(clock, 3, 1000)
    expect(clock.since).toBe(500)
    expect(isDue(clock, 500 + AUTOSAVE_MAX_WAIT_MS, 10_000)).toBe(true)
  })

  it('keeps waiting from the older edit when a write fails', () => {
    const before = observe<number>({ changedAt: 0 }, 1, 100)
    let clock = startWrite(before)
    clock = observe(clock, 2, 300)
    clock = writeFailed(clock, before)
    expect(clock.written).toBeUndefined()
    expect(clock.since).toBe(100)
  })

  it('an undo back to the written version needs no copy', () => {
    let clock = startWrite(observe<string>({ changedAt: 0 }, 'a', 0))
    clock = observe(clock, 'b', 100)
    clock = observe(clock, 'a', 200)
    expect(clock.since).toBeUndefined()
  })
})
