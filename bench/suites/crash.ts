import type { BenchResult } from '../harness'
import { median } from '../harness'
import { launchChromium } from '../../e2e/support/chromium'
import { typeThenCrash } from '../../e2e/support/typing-crash'

const ROUNDS = 20

/**
 * Issue 14: steady typing, then kill -9 of main (the services process) and the renderer, 20 times.
 * Goal: at most 5 s of typing lost in every round. Each round types for 6–14 s so the kill falls at
 * every point of the autosave cycle.
 */
export async function run(): Promise<BenchResult[]> {
  const browser = await launchChromium()
  const lost: number[] = []
  let typed = 0
  let recovered = 0
  let copies = 0
  let garbled = 0
  try {
    for (let seed = 1; seed <= ROUNDS; seed++) {
      const round = await typeThenCrash(browser, { seed, typingMs: 6000 + ((seed * 7919) % 8000) })
      lost.push(round.lostMs)
      typed += round.typed
      recovered += round.recovered
      copies += round.copies
      if (!round.typedText.startsWith(round.recoveredText) || round.tempsAfterStart.length) garbled++
    }
  } finally {
    await browser.close()
  }
  const extra = { keys: typed, recovered, copies, 'bad rounds': garbled }
  return [
    { name: `typing lost to kill -9, worst of ${ROUNDS}`, medianMs: Math.max(...lost), runs: ROUNDS, goalMs: 5000, extra },
    { name: `typing lost to kill -9, median of ${ROUNDS}`, medianMs: median(lost), runs: ROUNDS },
  ]
}
