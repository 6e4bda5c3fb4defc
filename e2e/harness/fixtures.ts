import { test as base, expect, type Browser } from '@playwright/test'
import { launchChromium } from '../support/chromium'
import { HarnessApp } from './app'

/** `app`: a fresh Banxin window (fresh user-data folder) per test, in one shared Chromium per worker. */
export const test = base.extend<{ app: HarnessApp }, { chromium: Browser }>({
  chromium: [
    // Playwright requires a destructuring pattern for fixture dependencies, even an empty one.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await launchChromium()
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ chromium }, use) => {
    const app = await HarnessApp.launch(chromium)
    const errors: string[] = []
    app.page.on('pageerror', (e) => errors.push(e.message))
    await use(app)
    await app.close()
    expect(errors, 'the page threw uncaught errors').toEqual([])
  },
})

export { expect }
