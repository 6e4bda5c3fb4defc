import { test, type Browser } from '@playwright/test'
import { launchChromium } from '../support/chromium'
import { DESKTOP, PHONE, fixturePackages } from './support'

/**
 * Screenshots of every fixture's preview.html (desktop, phone, print) and of the in-app preview, into
 * test-results/screens/portal-*.png, for people to look at; nothing is asserted on the pixels.
 */

let browser: Browser
test.beforeAll(async () => {
  browser = await launchChromium()
})
test.afterAll(async () => {
  await browser.close()
})

for (const pkg of fixturePackages()) {
  test(`screenshots of ${pkg.name}`, async () => {
    const shots = [
      ['desktop', DESKTOP, 'screen'],
      ['phone', PHONE, 'screen'],
      ['print', { width: 794, height: 1123 }, 'print'],
    ] as const
    for (const [label, viewport, media] of shots) {
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await page.goto(pkg.url('preview.html'))
      await page.emulateMedia({ media })
      await page.screenshot({ path: `test-results/screens/portal-${pkg.name}-${label}.png`, fullPage: true })
      if (media === 'print') await page.pdf({ path: `test-results/screens/portal-${pkg.name}.pdf`, format: 'A4' })
      await context.close()
    }
    const context = await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    await page.goto(pkg.appPreviewUrl('hechuan-red'))
    await page.screenshot({ path: `test-results/screens/portal-${pkg.name}-app-hechuan-red.png`, fullPage: true })
    await context.close()
  })
}
