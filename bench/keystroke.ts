import type { Page } from '@playwright/test'
import { median } from './harness'

export interface KeystrokeFigures {
  p50: number
  p95: number
  samples: number
}

/**
 * Keystroke-to-paint: commit one character through CDP (as an IME commit arrives) and wait for two
 * animation frames, i.e. until the browser has painted the result. Measured inside the page.
 */
export async function keystrokeToPaint(page: Page, count: number): Promise<KeystrokeFigures> {
  const cdp = await page.context().newCDPSession(page)
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    // A string, not a function: tsx's name helpers do not exist inside the page. Slate handles
    // beforeinput itself (no input event), so the DOM change is what says the keystroke landed.
    await page.evaluate(`(() => {
      window.__t0 = performance.now()
      window.__painted = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect()
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - window.__t0)))
        })
        observer.observe(document.querySelector('[data-slate-editor]'), { subtree: true, childList: true, characterData: true })
      })
    })()`)
    await cdp.send('Input.insertText', { text: '字' })
    times.push(await page.evaluate<number>('window.__painted'))
  }
  await cdp.detach()
  const sorted = [...times].sort((a, b) => a - b)
  return { p50: median(times), p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!, samples: times.length }
}
