import { existsSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from '../harness/fixtures'
import { blocks, caretIn, openPortalSample, PORTAL_SAMPLE } from './helpers'


/**
 * A second, regex-based count written only for this test: Han by Unicode script, punctuation and symbols
 * by category, a Latin word or number (with the . ' - _ that join it) as one — each line on its own.
 */
function independentCount(lines: string[]) {
  const count = { han: 0, punctuation: 0, latinWords: 0 }
  const word =
    /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a][A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a'.\-_]*/gu
  for (const line of lines) {
    count.latinWords += (line.match(word) ?? []).length
    const rest = line.replace(word, ' ')
    count.han += (rest.match(/\p{Script=Han}/gu) ?? []).length
    count.punctuation += (rest.match(/[\p{P}\p{S}]/gu) ?? []).length
  }
  return { ...count, total: count.han + count.punctuation + count.latinWords }
}

/** Every line of text the user sees in the document: headline fields, body lines, captions and credits. */
async function visibleLines(page: Page): Promise<string[]> {
  const head = await page
    .locator('[data-field="kicker"], [data-field="title"], [data-field="subtitle"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
  const body = await blocks(page).evaluateAll((els) =>
    els.flatMap((el) => {
      if (el.matches('.bx-image'))
        return [
          ...el.querySelectorAll<HTMLInputElement>(
            '[data-image-field="caption"], [data-image-field="credit"]',
          ),
        ].map((i) => i.value)
      const lines = el.matches('.bx-section-heading') ? [...el.querySelectorAll('.bx-heading-line')] : [el]
      return lines.map((l) =>
        [...l.querySelectorAll('[data-slate-string]')].map((s) => s.textContent).join(''),
      )
    }),
  )
  return [...head, ...body].filter(Boolean)
}

async function panelCount(page: Page, caption: string) {
  const table = page.locator('.bx-count-table', { has: page.locator('caption', { hasText: caption }) })
  const get = async (key: string) => Number(await table.locator(`[data-count="${key}"]`).textContent())
  return {
    han: await get('han'),
    punctuation: await get('punctuation'),
    latinWords: await get('latinWords'),
    total: await get('total'),
  }
}

test('字数 of the example matches an independent count, in the panel and the status bar', async ({ app }) => {
  const { page } = app
  await page.getByTestId('status-file').waitFor()
  await page.getByRole('tab', { name: '字数', exact: true }).click()
  const expected = independentCount(await visibleLines(page))
  expect(await panelCount(page, '全文')).toEqual(expected)
  await expect(page.getByTestId('status-count')).toHaveText(`字数 ${expected.total}`)
})

test('字数 of the imported portal sample matches an independent count', async ({ app }) => {
  test.skip(!existsSync(PORTAL_SAMPLE), 'the shared portal sample is not present')
  const { page } = app
  await openPortalSample(app)
  await page.getByRole('tab', { name: '字数', exact: true }).click()
  const expected = independentCount(await visibleLines(page))
  expect(expected.total).toBeGreaterThan(1000)
  expect(await panelCount(page, '全文')).toEqual(expected)
})

test('the selection count follows the selection', async ({ app }) => {
  const { page } = app
  await page.getByTestId('status-file').waitFor()
  await page.getByRole('tab', { name: '字数', exact: true }).click()
  const first = blocks(page).nth(0)
  await caretIn(first, 'start')
  await page.keyboard.press('Shift+End')
  await page.waitForTimeout(150)
  const line = await page.evaluate(() => getSelection()!.toString())
  expect(line.length).toBeGreaterThan(0)
  expect(await panelCount(page, '选中部分')).toEqual(independentCount([line]))
})
