import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { HarnessApp, typeWithIme } from '../harness/app'
import { writeBanxin } from '../../src/core/file/banxin-file'
import { article, paragraph } from '../../src/core/model/build'
import { blockText } from '../../src/core/model/text'
import { AutosaveStore } from '../../src/node/documents/autosave-store'
import { openRequested } from '../../src/node/documents/open-request'

export interface CrashRound {
  /** Keys typed before the crash, and how many of them the next start offers back. */
  typed: number
  recovered: number
  /** From the first key not recovered to the kill: the span of typing the crash cost (0 when none). */
  lostMs: number
  /** Autosave copies main finished writing while typing never paused for the idle time. */
  copies: number
  /** Whatever came back beyond the text before typing, and what was typed (for a prefix check). */
  recoveredText: string
  typedText: string
  /** Temp files left in the autosave folder after start-up tidied it. */
  tempsAfterStart: string[]
  userDataDir: string
}

const START = '起始。'

/** A small deterministic generator (LCG), so every round of a run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * Types steadily into a document — a key every 0.4–1.5 s, every third one through an IME composition —
 * for `typingMs`, then kills the services process (Electron's main) with SIGKILL and crashes the
 * renderer. Then it does what the next start does: tidy, list the autosave copies, read the one for
 * this document. Every key is a distinct character, so the recovered text says exactly which keys
 * survived.
 */
export async function typeThenCrash(browser: Browser, options: { seed: number; typingMs: number }): Promise<CrashRound> {
  const next = random(options.seed)
  const userDataDir = mkdtempSync(join(tmpdir(), 'banxin-crash-'))
  const doc = join(mkdtempSync(join(tmpdir(), 'banxin-crash-doc-')), '断电稿.banxin')
  writeFileSync(doc, writeBanxin({ article: article({ title: '断电稿' }, [paragraph(START)]), assetData: {} }))
  const app = await HarnessApp.launch(browser, { userDataDir, startupFiles: [doc], servicesInChild: true })
  const { page } = app
  const lead = page.locator('.bx-paragraph').first()
  await lead.click()
  await page.keyboard.press('End')

  const times: number[] = []
  let typedText = ''
  const start = Date.now()
  for (let k = 0; Date.now() - start < options.typingMs; k++) {
    const key = String.fromCodePoint(0x4e00 + k)
    if (k % 3 === 0) await typeWithIme(page, ['z', 'zi'], key)
    else await page.keyboard.insertText(key)
    typedText += key
    times.push(Date.now())
    await page.waitForTimeout(400 + Math.round(next() * 1100))
  }
  const copies = app.answered.get('autosave') ?? 0
  const killedAt = Date.now()
  await app.crash()

  const store = new AutosaveStore(join(userDataDir, 'autosave'))
  await store.tidy()
  const entries = await store.list()
  const copy = entries.length ? await openRequested({ kind: 'path', path: (await store.find(entries[0]!.id)).data, normalize: false }) : undefined
  const recoveredText = copy && 'bundle' in copy ? blockText(copy.bundle.article.blocks[0]!).slice(START.length) : ''
  const recovered = [...recoveredText].length
  const folder = join(userDataDir, 'autosave')
  const tempsAfterStart = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.tmp')) : []
  return {
    typed: times.length,
    recovered,
    lostMs: recovered < times.length ? killedAt - times[recovered]! : 0,
    copies,
    recoveredText,
    typedText,
    tempsAfterStart,
    userDataDir,
  }
}
