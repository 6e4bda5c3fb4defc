import { defineConfig } from '@playwright/test'

/**
 * e2e runs the built renderer (out/renderer) in Debian's Chromium with window.banxin bridged to the real
 * node/ services (e2e/harness). The Electron suite (e2e/electron) skips itself where no binary exists.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
})
