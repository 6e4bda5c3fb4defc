import { test, expect } from '../harness/fixtures'
import { HarnessApp } from '../harness/app'
import { typeThenCrash } from '../support/typing-crash'

// A crash (kill -9 of main and the renderer) while someone types steadily. `npm run bench` repeats this
// over 20 kills and reports the figures; here three rounds check what must hold every time.
for (const seed of [1, 2, 3]) {
  test(`steady typing killed with kill -9 (round ${seed}): the next start offers back all but the last few seconds`, async ({ chromium }) => {
    const round = await typeThenCrash(chromium, { seed, typingMs: 10_000 })
    console.log(`round ${seed}: typed ${round.typed} keys, ${round.copies} copies while typing, recovered ${round.recovered}, lost ${(round.lostMs / 1000).toFixed(1)} s`)
    expect(round.copies, 'autosave wrote copies although typing never paused').toBeGreaterThan(0)
    expect(round.typedText.startsWith(round.recoveredText), 'the copy holds exactly the keys typed, IME commits included').toBe(true)
    expect(round.recovered).toBeGreaterThan(0)
    expect(round.lostMs, 'typing lost to the crash').toBeLessThanOrEqual(5000)
    expect(round.tempsAfterStart, 'start-up removes the temp files of the killed write').toEqual([])

    if (seed !== 1) return
    const again = await HarnessApp.launch(chromium, { userDataDir: round.userDataDir })
    try {
      const banner = again.page.getByTestId('recovery')
      await expect(banner).toContainText('断电稿')
      await banner.getByRole('button', { name: '恢复' }).first().click()
      await expect(again.page.getByTestId('article-body')).toContainText(`起始。${round.recoveredText}`)
    } finally {
      await again.close()
    }
  })
}
