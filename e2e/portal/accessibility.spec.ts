import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { launchChromium } from '../support/chromium'
import { DESKTOP, PHONE, WCAG21AA, fixturePackages } from './support'

let browser: Browser
test.beforeAll(async () => {
  browser = await launchChromium()
})
test.afterAll(async () => {
  await browser.close()
})

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG21AA).analyze()
  return violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
}

const VIEWPORTS = [
  ['desktop 1280', DESKTOP],
  ['phone 375', PHONE],
] as const

for (const pkg of fixturePackages()) {
  for (const [label, viewport] of VIEWPORTS) {
    test(`preview.html of ${pkg.name} has no axe WCAG 2.1 AA violations at ${label}`, async () => {
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await page.goto(pkg.url('preview.html'))
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })
  }
}

// One test per profile and viewport: twelve axe runs in one test came near its timeout on a loaded machine.
for (const profile of ['default', 'hechuan-red']) {
  for (const [label, viewport] of VIEWPORTS) {
    test(`the in-app preview (${profile}, ${label}, placeholders, every 字号) has no axe violations`, async () => {
      const pkg = fixturePackages().find((p) => p.name === 'tea-feature')!
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await page.goto(pkg.appPreviewUrl(profile))
      for (const size of ['大', '中', '小']) {
        await page.getByText(size, { exact: true }).click()
        expect(await axeViolations(page), `字号${size}`).toEqual([])
      }
      await context.close()
    })
  }
}
